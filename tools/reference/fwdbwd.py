"""fwdbwd.py - the PyTorch reference's forward and backward pass alone, timed, for make bench.

    /usr/bin/python3 tools/reference/fwdbwd.py MODEL_DIR (--tokens N | --ids 1,2,3) [--threads T]

Loads the checkpoint in float32 into the reference decoder (model.py), runs model.loss on N
seeded pseudo-random ids (the same xorshift draw as bench/bench_forward.c --tokens N) and its
backward, and prints

    fwdbwd tokens=N load=.. forward=.. backward=.. loss=.. peak_rss_mb=..
"""
import argparse
import os
import resource
import sys
import time


def ids(n, vocab):
    """bench_forward.c's draw: xorshift64 (13, 7, 17) from 0x9E3779B97F4A7C15, modulo vocab."""
    x, out, mask = 0x9E3779B97F4A7C15, [], (1 << 64) - 1
    for _ in range(n):
        x ^= (x << 13) & mask
        x ^= x >> 7
        x ^= (x << 17) & mask
        out.append(x % vocab)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model")
    ap.add_argument("--tokens", type=int)
    ap.add_argument("--ids", help="comma-separated ids instead of --tokens")
    ap.add_argument("--threads", type=int)
    args = ap.parse_args()
    if args.threads:
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ[var] = str(args.threads)
    import torch
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from model import CausalLM
    if args.threads:
        torch.set_num_threads(args.threads)
    t0 = time.perf_counter()
    m = CausalLM.load(args.model, torch.float32)
    t1 = time.perf_counter()
    seq = [int(x) for x in args.ids.split(",")] if args.ids else ids(args.tokens, m.cfg.vocab_size)
    loss, _, _ = m.loss([seq])
    t2 = time.perf_counter()
    loss.backward()
    t3 = time.perf_counter()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"fwdbwd tokens={len(seq)} load={t1 - t0:.3f} forward={t2 - t1:.3f} backward={t3 - t2:.3f} "
          f"loss={loss.item():.9g} peak_rss_mb={rss:.0f}")


if __name__ == "__main__":
    main()
