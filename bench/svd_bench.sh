#!/bin/sh
# bench/svd_bench.sh - make bench-svd: thermo's SVD stage (thermo_spectra) against one
# scipy.linalg.svdvals pass over the same 169 matrices of a Qwen2.5-0.5B-shaped bf16 checkpoint,
# RUNS times each, alternating, then medians and their ratio; the profile of one matrix of each
# shape (seconds, GFLOP/s and share of the FMA peak per stage, sweeps) against the peak that
# bench/fma_peak measures; S and E of every matrix against float64 LAPACK; then one 18944x3584
# matrix (a 7B-class MLP).
#   SVD_BENCH_DIR  the checkpoint folder (default: make bench's; made once, 0.99 GB)
#   RUNS           runs of each side (default 3)
#   CHECK          0 skips the float64 LAPACK check (a few minutes)
#   SCIPY_BLAS_DIR folders (LD_LIBRARY_PATH syntax) with another libblas.so.3/liblapack.so.3 for
#                  scipy, e.g. Debian's reference ones when OpenBLAS is the system's:
#                  /usr/lib/x86_64-linux-gnu/blas:/usr/lib/x86_64-linux-gnu/lapack
set -eu
DIR=${SVD_BENCH_DIR:-${THERMO_BENCH_CACHE:-$HOME/.cache/thermo-bench}/qwen05b}
RUNS=${RUNS:-3}
PY=/usr/bin/python3
B=build/bench
mkdir -p "$B"
[ -f "$DIR/model.safetensors" ] || $PY tools/reference/make_checkpoints.py --qwen05b "$DIR"
${CC:-cc} -std=c99 -O2 -march=native -fopenmp -o "$B/svd_bench" bench/svd_bench.c -lm
${CC:-cc} -std=c99 -O2 -march=native -fopenmp -o "$B/fma_peak" bench/fma_peak.c -lm
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$B/fma_peak" | tee "$B/peak.log"
PEAK=$(awk '/^peak double/ {print $4}' "$B/peak.log")
scipy() {
    if [ -n "${SCIPY_BLAS_DIR:-}" ]; then LD_LIBRARY_PATH="$SCIPY_BLAS_DIR" $PY bench/svd_bench.py scipy "$DIR"
    else $PY bench/svd_bench.py scipy "$DIR"; fi
}
: > "$B/thermo.times"
: > "$B/scipy.times"
i=1
while [ "$i" -le "$RUNS" ]; do
    PEAK=$PEAK "$B/svd_bench" --dump "$B/spectra.txt" "$DIR" | tee "$B/thermo.log"
    scipy | tee "$B/scipy.log"
    awk '/^thermo total/ {print $3}' "$B/thermo.log" >> "$B/thermo.times"
    awk '/^scipy total/ {print $3}' "$B/scipy.log" >> "$B/scipy.times"
    i=$((i + 1))
done
median() { sort -g "$1" | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
t=$(median "$B/thermo.times")
s=$(median "$B/scipy.times")
echo "SVD stage, 169 matrices, median of $RUNS: thermo $t s, scipy.linalg.svdvals $s s, scipy/thermo = $(echo "$s $t" | awk '{printf "%.2f", $1 / $2}')"
[ "${CHECK:-1}" = 0 ] || $PY bench/svd_bench.py check "$DIR" "$B/spectra.txt"
"$B/svd_bench" --one 18944 3584
