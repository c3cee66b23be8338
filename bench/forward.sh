#!/bin/sh
# bench/forward.sh - the long-prompt cases of `make bench` (PART=forward runs only these).
#   1. The 0.5B-shaped checkpoint: one forward + backward pass of N seeded pseudo-random ids,
#      thermo (bench/bench_forward --tokens N) and the PyTorch reference (tools/reference/fwdbwd.py,
#      float32 autograd, the same ids) alternately, FWD_RUNS times each, at N = 5 (plus the same
#      prompt through an older thermo when THERMO_OLD names a checkout of it), 256 and 1024; thermo alone at 4096 (PyTorch's activations need ~20 GB at 2048
#      tokens: more than this machine has to share).  Medians of wall time and peak RSS
#      (/usr/bin/time -v), the ratio, and how both grow with N.
#   2. A 16384-token prompt through a hidden-64 model with Qwen's 151936-word vocabulary
#      (generated once into the cache): thermo's peak RSS, which must stay under 1 GB.
set -eu
FWD_RUNS=${FWD_RUNS:-3}
THREADS=${THREADS:-2}
CACHE=${THERMO_BENCH_CACHE:-$HOME/.cache/thermo-bench}
CKPT=$CACHE/qwen05b
WIDE=$CACHE/wide_vocab
PY=/usr/bin/python3
OUT=build/bench
mkdir -p "$OUT" "$CACHE"
[ -f "$CKPT/model.safetensors" ] || $PY tools/reference/make_checkpoints.py --qwen05b "$CKPT"
[ -f "$WIDE/model.safetensors" ] || $PY tools/reference/make_checkpoints.py --wide-vocab "$WIDE"
${CC:-cc} -std=c99 -O2 -march=native -fopenmp -I. -o "$OUT/bench_forward" bench/bench_forward.c -lm
if [ -n "${THERMO_OLD:-}" ]; then
    ${CC:-cc} -std=c99 -O2 -march=native -fopenmp -I"$THERMO_OLD" -o "$OUT/bench_forward_old" "$THERMO_OLD/bench/bench_forward.c" -lm
fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$THREADS threads, $FWD_RUNS runs each, alternating; checkpoint $CKPT"

. bench/measure.sh
# run LABEL CMD...: measure fwd_LABEL, and print the pass's own line
run() {
    label=fwd_$1; shift
    measure "$label" "$@"
    grep -E '^(forward\+backward|fwdbwd)' "$OUT/$label.out" | head -n 1 | sed 's/^/      /'
}

rm -f "$OUT"/fwd_*.times
i=0
while [ $i -lt "$FWD_RUNS" ]; do
    # 5 tokens: "The future of AI will" in Qwen2.5's tokenizer, bench_forward's default
    run torch_5 $PY tools/reference/fwdbwd.py "$CKPT" --ids 785,3853,315,15235,686 --threads "$THREADS"
    OMP_NUM_THREADS=$THREADS run thermo_5 "$OUT/bench_forward" "$CKPT"
    [ -z "${THERMO_OLD:-}" ] || OMP_NUM_THREADS=$THREADS run thermo_old_5 "$OUT/bench_forward_old" "$CKPT"
    for n in 256 1024; do
        run "torch_$n" $PY tools/reference/fwdbwd.py "$CKPT" --tokens $n --threads "$THREADS"
        OMP_NUM_THREADS=$THREADS run "thermo_$n" "$OUT/bench_forward" "$CKPT" --tokens $n
    done
    OMP_NUM_THREADS=$THREADS run thermo_4096 "$OUT/bench_forward" "$CKPT" --tokens 4096
    i=$((i + 1))
done
echo
echo "medians of $FWD_RUNS runs ($THREADS threads), forward + backward of one prompt, 0.5B shape:"
printf '  %-7s %12s %12s %12s %12s %9s\n' tokens "torch s" "torch MB" "thermo s" "thermo MB" "speed-up"
for n in 5 256 1024 4096; do
    tw=$(cut -d' ' -f1 "$OUT/fwd_thermo_$n.times" | median); tr=$(cut -d' ' -f2 "$OUT/fwd_thermo_$n.times" | median | awk '{print $1 / 1024}')
    if [ -f "$OUT/fwd_torch_$n.times" ]; then
        bw=$(cut -d' ' -f1 "$OUT/fwd_torch_$n.times" | median); br=$(cut -d' ' -f2 "$OUT/fwd_torch_$n.times" | median | awk '{print $1 / 1024}')
        printf '  %-7s %12.2f %12.0f %12.2f %12.0f %8.2fx\n' $n "$bw" "$br" "$tw" "$tr" "$(echo "$bw / $tw" | bc -l)"
    else
        printf '  %-7s %12s %12s %12.2f %12.0f %9s\n' $n "(not run)" "" "$tw" "$tr" ""
    fi
done
if [ -f "$OUT/fwd_thermo_old_5.times" ]; then
    printf '  5 tokens, thermo before these changes: %.2f s, %.0f MB\n' \
        "$(cut -d' ' -f1 "$OUT/fwd_thermo_old_5.times" | median)" "$(cut -d' ' -f2 "$OUT/fwd_thermo_old_5.times" | median | awk '{print $1 / 1024}')"
fi
echo "16384 tokens through hidden 64 with a 151936-word vocabulary ($WIDE):"
OMP_NUM_THREADS=$THREADS run wide_16384 "$OUT/bench_forward" "$WIDE" --tokens 16384
rss=$(cut -d' ' -f2 "$OUT/fwd_wide_16384.times" | tail -n 1 | awk '{printf "%d", $1 / 1024}')
[ "$rss" -le 1024 ] && echo "  peak RSS $rss MB <= 1024 MB: ok" || { echo "  peak RSS $rss MB > 1024 MB"; exit 1; }
