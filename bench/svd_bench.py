#!/usr/bin/python3
"""The SVD stage of a Qwen2.5-0.5B-shaped model: scipy.linalg.svdvals over its 169 weight matrices.

DIR is a checkpoint folder with a bf16 model.safetensors (tools/reference/make_checkpoints.py
--qwen05b); its 2-D tensors are the matrices.
    svd_bench.py scipy DIR     time scipy.linalg.svdvals on each matrix as float32 (what the
                               original's curvature() gets); prints per-matrix and total seconds
    svd_bench.py check DIR F   S and E of every matrix from float64 LAPACK (scipy.linalg.svdvals
                               on float64) against thermo's in F (svd_bench --dump F DIR);
                               prints the largest relative differences, exits 1 above 1e-9
Which BLAS scipy uses decides its speed (the total line names the libraries loaded):
LD_LIBRARY_PATH can point it at another libblas.so.3 / liblapack.so.3.
"""
import json
import os
import sys
import time

import numpy as np


def matrices(d):
    """(name, float32 matrix) for each 2-D weight of DIR, as svd_bench.c reads them."""
    path = os.path.join(d, "model.safetensors")
    with open(path, "rb") as f:
        size = int.from_bytes(f.read(8), "little")
        header = json.loads(f.read(size))
    raw = np.memmap(path, dtype=np.uint8, mode="r")
    for name in sorted(k for k in header if k != "__metadata__"):
        info = header[name]
        if len(info["shape"]) != 2:
            continue
        if info["dtype"] != "BF16":
            raise SystemExit("%s: %s is %s, not BF16" % (path, name, info["dtype"]))
        begin, end = info["data_offsets"]
        u = raw[8 + size + begin:8 + size + end].view(np.uint16)
        yield name, (u.astype(np.uint32) << 16).view(np.float32).reshape(info["shape"])


def scipy_pass(d):
    import scipy
    import scipy.linalg
    total, per = 0.0, {}
    for name, a in matrices(d):
        r, c = a.shape
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


def spectrum(s):
    """The original's S and E of singular values s (float64)."""
    s = s[s > 0]
    p = s / s.sum()
    return float(-(p * np.log(p)).sum()), float((s ** 2).sum() / (s.sum() + 1e-8))


def check(d, dump):
    import scipy.linalg
    got = {}
    with open(dump) as f:
        for line in f:
            name, s_, e_, _ = line.split()
            got[name] = (float(s_), float(e_))
    worst_s = worst_e = 0.0
    count = 0
    for name, a in matrices(d):
        s_ref, e_ref = spectrum(scipy.linalg.svdvals(a.astype(np.float64)))
        s_got, e_got = got[name]
        ds, de = abs(s_got - s_ref) / abs(s_ref), abs(e_got - e_ref) / abs(e_ref)
        worst_s, worst_e, count = max(worst_s, ds), max(worst_e, de), count + 1
        if ds > 1e-9 or de > 1e-9:
            print("%s: S %.17g (float64 LAPACK %.17g), E %.17g (%.17g)" % (name, s_got, s_ref, e_got, e_ref))
    print("check: %d matrices, largest relative difference from float64 LAPACK: S %.3g, E %.3g (limit 1e-9)"
          % (count, worst_s, worst_e))
    sys.exit(0 if worst_s <= 1e-9 and worst_e <= 1e-9 and count == len(got) else 1)


if __name__ == "__main__":
    if sys.argv[1] == "check":
        check(sys.argv[2], sys.argv[3])
    else:
        scipy_pass(sys.argv[2])
