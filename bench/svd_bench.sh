#!/bin/sh
# bench/svd_bench.sh - make bench-svd: thermo's SVD stage (thermo_spectra) against one
# scipy.linalg.svdvals pass over the same 169 matrices of a Qwen2.5-0.5B-shaped model, RUNS times
# each, alternating, then medians and their ratio; then one 18944x3584 matrix (a 7B-class MLP).
#   SVD_BENCH_DIR  where the 0.99 GB of bf16 weights are cached (made once; default below)
#   RUNS           runs of each side (default 3)
#   SCIPY_BLAS_DIR folders (LD_LIBRARY_PATH syntax) with another libblas.so.3/liblapack.so.3 for
#                  scipy, e.g. Debian's reference ones when OpenBLAS is the system's:
#                  /usr/lib/x86_64-linux-gnu/blas:/usr/lib/x86_64-linux-gnu/lapack
set -eu
DIR=${SVD_BENCH_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/thermo/svd-0.5b}
RUNS=${RUNS:-3}
PY=/usr/bin/python3
B=build/bench
mkdir -p "$B"
[ -f "$DIR/weights.bf16" ] || $PY bench/svd_bench.py make "$DIR"
${CC:-cc} -std=c99 -O2 -march=native -fopenmp -o "$B/svd_bench" bench/svd_bench.c -lm
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
scipy() {
    if [ -n "${SCIPY_BLAS_DIR:-}" ]; then LD_LIBRARY_PATH="$SCIPY_BLAS_DIR" $PY bench/svd_bench.py scipy "$DIR"
    else $PY bench/svd_bench.py scipy "$DIR"; fi
}
i=1
while [ "$i" -le "$RUNS" ]; do
    "$B/svd_bench" "$DIR" | tee -a "$B/thermo.log"
    scipy | tee -a "$B/scipy.log"
    grep 'thermo total' "$B/thermo.log" | tail -n 1 | awk '{print $3}' >> "$B/thermo.times"
    grep 'scipy total' "$B/scipy.log" | tail -n 1 | awk '{print $3}' >> "$B/scipy.times"
    i=$((i + 1))
done
median() { sort -g "$1" | tail -n "$RUNS" | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
t=$(tail -n "$RUNS" "$B/thermo.times" > "$B/t.last" && median "$B/t.last")
s=$(tail -n "$RUNS" "$B/scipy.times" > "$B/s.last" && median "$B/s.last")
echo "SVD stage, 169 matrices, median of $RUNS: thermo $t s, scipy.linalg.svdvals $s s, scipy/thermo = $(echo "$s $t" | awk '{printf "%.2f", $1 / $2}')"
"$B/svd_bench" --one 18944 3584
