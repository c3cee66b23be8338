"""check_sigma.py SIGMA [MODEL] - checks a `thermo_cli --sigma` file with numpy alone.

Reads SIGMA as safetensors (its own few lines of parsing, independent of thermo's C reader and of
safetensors_io.py, which needs torch): every tensor F64 and 1-D, values descending and >= 0, the
data section exactly covered.  With MODEL (a checkpoint folder), also computes each matrix's
singular values with float64 LAPACK (numpy.linalg.svd of the stored weights, converted exactly)
and prints the largest relative difference of the sums and of the sums of squares; exits 1 when
one passes TOLERANCE (1e-9) or when names or lengths differ.  Prints "N tensors" first.
"""
import json
import os
import struct
import sys

import numpy as np

TOLERANCE = 1e-9


def read_safetensors(path):
    """{name: (dtype, shape, raw bytes)} and the __metadata__ dict."""
    with open(path, "rb") as f:
        blob = f.read()
    n = struct.unpack("<Q", blob[:8])[0]
    header = json.loads(blob[8:8 + n].decode("utf-8"))
    meta = header.pop("__metadata__", {})
    data = blob[8 + n:]
    spans = sorted(info["data_offsets"] for info in header.values())
    end = 0
    for begin, stop in spans:
        if begin != end:
            raise ValueError(f"{path}: a gap or overlap at byte {begin}")
        end = stop
    if end != len(data):
        raise ValueError(f"{path}: the data section has {len(data)} bytes, the tensors cover {end}")
    out = {}
    for name, info in header.items():
        begin, stop = info["data_offsets"]
        out[name] = (info["dtype"], info["shape"], data[begin:stop])
    return out, meta


def to_float64(dtype, shape, raw):
    """The stored values, exactly, as float64."""
    if dtype == "F64":
        a = np.frombuffer(raw, dtype="<f8")
    elif dtype == "F32":
        a = np.frombuffer(raw, dtype="<f4").astype(np.float64)
    elif dtype == "F16":
        a = np.frombuffer(raw, dtype="<f2").astype(np.float64)
    elif dtype == "BF16":  # the top half of a float32
        a = (np.frombuffer(raw, dtype="<u2").astype(np.uint32) << 16).view(np.float32).astype(np.float64)
    else:
        raise ValueError(f"dtype {dtype}")
    return a.reshape(shape)


def model_tensors(folder):
    """{name: (dtype, shape, raw)} over model.safetensors or the shards of its index."""
    index = os.path.join(folder, "model.safetensors.index.json")
    if os.path.exists(index):
        with open(index) as f:
            files = sorted(set(json.load(f)["weight_map"].values()))
    else:
        files = ["model.safetensors"]
    out = {}
    for name in files:
        out.update(read_safetensors(os.path.join(folder, name))[0])
    return out


def main():
    sigma, meta = read_safetensors(sys.argv[1])
    print(f"{len(sigma)} tensors, metadata {meta}")
    bad = 0
    for name, (dtype, shape, raw) in sigma.items():
        s = to_float64(dtype, shape, raw)
        if dtype != "F64" or len(shape) != 1 or np.any(s < 0) or np.any(np.diff(s) > 0):
            print(f"{name}: {dtype} {shape}: not F64 1-D, descending and >= 0")
            bad += 1
    if len(sys.argv) > 2:
        weights = model_tensors(sys.argv[2])
        worst_sum = worst_sq = 0.0
        for name, (dtype, shape, raw) in sigma.items():
            w = to_float64(*weights[name])
            ref = np.linalg.svd(w, compute_uv=False)
            got = to_float64(dtype, shape, raw)
            if got.shape != ref.shape:
                print(f"{name}: {got.shape[0]} values, LAPACK gives {ref.shape[0]}")
                bad += 1
                continue
            rel_sum = abs(got.sum() - ref.sum()) / max(ref.sum(), 1e-300)
            rel_sq = abs((got ** 2).sum() - (ref ** 2).sum()) / max((ref ** 2).sum(), 1e-300)
            worst_sum, worst_sq = max(worst_sum, rel_sum), max(worst_sq, rel_sq)
            if rel_sum > TOLERANCE or rel_sq > TOLERANCE:
                print(f"{name}: sum {got.sum()!r} vs LAPACK {ref.sum()!r}, relative {rel_sum:.3g}")
                bad += 1
        print(f"largest relative difference from float64 LAPACK: sum {worst_sum:.3g}, "
              f"sum of squares {worst_sq:.3g} (tolerance {TOLERANCE:g})")
    print("ok" if not bad else f"{bad} bad")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
