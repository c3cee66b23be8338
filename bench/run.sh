#!/bin/sh
# bench/run.sh - what `make bench` runs.  On a Qwen2.5-0.5B-shaped bf16 checkpoint
# (generated once, cached outside the repo) it runs the PyTorch baseline (tools/reference/
# baseline.py: the original pipeline, torch and scipy SVDs of every matrix) and thermo_cli
# alternately, RUNS times each, and prints medians of wall time and peak RSS (/usr/bin/time -v),
# their ratios and the per-stage split; then the SVD stage against one scipy.linalg.svdvals pass
# over the same matrices; then the 7B-class estimate from bench/svd_bench; then the long-prompt
# forward and backward cases (bench/forward.sh; PART=forward runs only those).
set -eu
RUNS=${RUNS:-3}
THREADS=${THREADS:-2}
CACHE=${THERMO_BENCH_CACHE:-$HOME/.cache/thermo-bench}
CKPT=$CACHE/qwen05b
IDS=785,3853,315,15235,686   # "The future of AI will" in Qwen2.5's tokenizer
PY=/usr/bin/python3
OUT=build/bench
mkdir -p "$OUT" "$CACHE"

if [ "${PART:-all}" = forward ]; then exec sh bench/forward.sh; fi
if [ "${PART:-all}" != 7b ]; then
if [ ! -f "$CKPT/model.safetensors" ]; then
    echo "generating the 0.5B-shaped checkpoint in $CKPT (once)"
    $PY tools/reference/make_checkpoints.py --qwen05b "$CKPT"
fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "checkpoint: $CKPT ($(du -h "$CKPT/model.safetensors" | cut -f1)), $THREADS threads, $RUNS runs each, alternating"

. bench/measure.sh
# stage LABEL CMD...: measure, and keep the output's per-stage lines in $OUT/LABEL.stages
stage() {
    measure "$@"
    cat "$OUT/$1.out" "$OUT/$1.err" | grep -E '^(stages|timings|scipy_svd|blas)' >> "$OUT/$1.stages" || true
}

rm -f "$OUT"/*.times "$OUT"/*.stages
i=0
while [ $i -lt "$RUNS" ]; do
    stage baseline $PY tools/reference/baseline.py "$CKPT" --ids $IDS --threads "$THREADS" --out "$OUT/baseline.csv"
    stage thermo ./thermo_cli -q --timings -t "$THREADS" --ids $IDS -o "$OUT/thermo.csv" "$CKPT"
    stage scipy $PY tools/reference/baseline.py "$CKPT" --scipy-only --threads "$THREADS"
    i=$((i + 1))
done

bw=$(cut -d' ' -f1 "$OUT/baseline.times" | median); br=$(cut -d' ' -f2 "$OUT/baseline.times" | median)
tw=$(cut -d' ' -f1 "$OUT/thermo.times" | median);   tr=$(cut -d' ' -f2 "$OUT/thermo.times" | median)
svd_thermo=$(sed -n 's/.*svd \([0-9.]*\) s.*/\1/p' "$OUT/thermo.stages" | median)
svd_scipy=$(sed -n 's/^scipy_svd seconds=\([0-9.]*\).*/\1/p' "$OUT/scipy.stages" | median)
echo
echo "medians of $RUNS runs ($THREADS threads):"
printf '  %-34s %10s %12s\n' "" "wall" "peak RSS"
printf '  %-34s %8.2f s %9.0f MB\n' "baseline (PyTorch + scipy)" "$bw" "$(echo "$br / 1024" | bc -l)"
printf '  %-34s %8.2f s %9.0f MB\n' "thermo_cli" "$tw" "$(echo "$tr / 1024" | bc -l)"
printf '  %-34s %8.2fx %10.2fx\n' "baseline / thermo" "$(echo "$bw / $tw" | bc -l)" "$(echo "$br / $tr" | bc -l)"
printf '  %-34s %8.2f s %8.2f s  ratio %.2fx\n' "SVD stage: scipy svdvals vs thermo" "$svd_scipy" "$svd_thermo" "$(echo "$svd_scipy / $svd_thermo" | bc -l)"
echo "per-stage split (last run of each):"
grep '^stages' "$OUT/baseline.stages" | tail -n 1 | sed 's/^/  baseline: /'
grep '^timings' "$OUT/thermo.stages" | tail -n 1 | sed 's/^/  thermo:   /'
echo "agreement of the two CSVs (last run):"
$PY tools/reference/compare_csv.py "$OUT/baseline.csv" "$OUT/thermo.csv" | sed 's/^/  /'
grep '^blas' "$OUT/baseline.stages" | tail -n 1 | sed 's/^/  baseline /'
fi

# A 7B-class estimate (Qwen2.5-7B: 28 layers, hidden 3584, intermediate 18944, 4 KV heads of 128,
# vocab 152064, untied: 15.2 GB of bf16) from one matrix of each shape a layer has (gate/up/down,
# q/o, k/v); the embedding and lm_head are the square one's Jacobi plus their Gram matrices at the
# 2-core double peak (32 GFLOP/s).
echo "7B-class estimate, thermo's SVD on one 18944x3584 and one 3584x3584 bf16 matrix ($THREADS threads):"
${CC:-cc} -std=c99 -O2 -march=native -fopenmp -o "$OUT/svd_bench" bench/svd_bench.c -lm
OMP_NUM_THREADS=$THREADS "$OUT/svd_bench" --one 18944 3584 | tee "$OUT/7b_mlp" | sed 's/^/  /'
OMP_NUM_THREADS=$THREADS "$OUT/svd_bench" --one 3584 3584 | tee "$OUT/7b_square" | sed 's/^/  /'
OMP_NUM_THREADS=$THREADS "$OUT/svd_bench" --one 512 3584 | tee "$OUT/7b_kv" | sed 's/^/  /'
t_mlp=$(sed -n 's/^one 18944x3584: \([0-9.]*\) s.*/\1/p' "$OUT/7b_mlp")
t_sq=$(sed -n 's/^one 3584x3584: \([0-9.]*\) s.*/\1/p' "$OUT/7b_square")
t_kv=$(sed -n 's/^one 512x3584: \([0-9.]*\) s.*/\1/p' "$OUT/7b_kv")
work=$(sed -n 's/^one 18944x3584 bf16 (\([0-9]*\) MB).*before \([0-9]*\) MB/\1 \2/p' "$OUT/7b_mlp")
peak=$(sed -n 's/^one 18944x3584: .*peak RSS \([0-9]*\) MB.*/\1/p' "$OUT/7b_mlp")
echo "$t_mlp $t_sq $t_kv $peak $work" | awk -v threads="$THREADS" '{
    emb = $2 + 152064 * 3584 * 3584 / 32e9  # its Jacobi, plus its Gram (m n^2 flops) at the 2-core double peak
    total = 28 * (3 * $1 + 2 * $2 + 2 * $3) + 2 * emb
    work = ($4 - $6) * threads  # peak minus the matrix itself: the work of each matrix in flight
    printf "  estimate for a whole 7B bf16 checkpoint: %.0f s (%.1f h) of SVD; embedding and lm_head %.0f s each\n", total, total / 3600, emb
    printf "  peak memory: the 15.2 GB file (mmapped, clean pages) + about %.0f MB of work = %.1f GB, under 24 GB\n", work, 15.2 + work / 1024 }'

if [ "${PART:-all}" = all ]; then sh bench/forward.sh; fi
