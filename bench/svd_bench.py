#!/usr/bin/python3
"""The SVD stage of a Qwen2.5-0.5B-shaped model: scipy.linalg.svdvals over its 169 weight matrices.

    svd_bench.py make DIR      write DIR/weights.bf16 + DIR/shapes.txt once: random normal
                               (std 0.02) rounded to bf16, the 0.5B shapes (embedding included)
    svd_bench.py scipy DIR     time scipy.linalg.svdvals on each matrix as float32 (what the
                               original's curvature() gets); prints per-matrix and total seconds
Which BLAS scipy uses decides its speed (the total line names the libraries loaded):
LD_LIBRARY_PATH can point it at another libblas.so.3 / liblapack.so.3.
"""
import os
import sys
import time

import numpy as np

HIDDEN, INTER, VOCAB, LAYERS, KV = 896, 4864, 151936, 24, 128


def shapes():
    out = [("model.embed_tokens.weight", VOCAB, HIDDEN)]
    for i in range(LAYERS):
        p = "model.layers.%d." % i
        out += [(p + "self_attn.q_proj.weight", HIDDEN, HIDDEN), (p + "self_attn.k_proj.weight", KV, HIDDEN),
                (p + "self_attn.v_proj.weight", KV, HIDDEN), (p + "self_attn.o_proj.weight", HIDDEN, HIDDEN),
                (p + "mlp.gate_proj.weight", INTER, HIDDEN), (p + "mlp.up_proj.weight", INTER, HIDDEN),
                (p + "mlp.down_proj.weight", HIDDEN, INTER)]
    return out


def make(d):
    os.makedirs(d, exist_ok=True)
    rng = np.random.default_rng(20250518)
    with open(os.path.join(d, "weights.bf16.tmp"), "wb") as f:
        for _, r, c in shapes():
            u = (rng.standard_normal(r * c, dtype=np.float32) * np.float32(0.02)).view(np.uint32)
            u = ((u + 0x7FFF + ((u >> 16) & 1)) >> 16).astype(np.uint16)  # round to nearest even
            u.tofile(f)
    with open(os.path.join(d, "shapes.txt"), "w") as f:
        for name, r, c in shapes():
            f.write("%s %d %d\n" % (name, r, c))
    os.replace(os.path.join(d, "weights.bf16.tmp"), os.path.join(d, "weights.bf16"))


def scipy_pass(d):
    import scipy
    import scipy.linalg
    raw = np.fromfile(os.path.join(d, "weights.bf16"), dtype=np.uint16)
    at, total, per = 0, 0.0, {}
    for name, r, c in shapes():
        a = (raw[at:at + r * c].astype(np.uint32) << 16).view(np.float32).reshape(r, c)
        at += r * c
        t = time.perf_counter()
        scipy.linalg.svdvals(a)
        dt = time.perf_counter() - t
        total += dt
        per.setdefault("%dx%d" % (r, c), []).append(dt)
    for shape, ts in per.items():
        print("scipy %-12s %3d matrices, %.3f s each (median)" % (shape, len(ts), sorted(ts)[len(ts) // 2]))
    with open("/proc/self/maps") as f:  # which BLAS/LAPACK the loader picked (Linux)
        libs = sorted({line.split()[-1] for line in f if "libblas" in line or "liblapack" in line})
    print("scipy total %.3f s (scipy %s, numpy %s, %s)" % (total, scipy.__version__, np.__version__,
                                                           " ".join(libs)))


if __name__ == "__main__":
    {"make": make, "scipy": scipy_pass}[sys.argv[1]](sys.argv[2])
