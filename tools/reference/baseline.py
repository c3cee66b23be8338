"""baseline.py - the original pipeline, for thermo's benchmarks.

    /usr/bin/python3 tools/reference/baseline.py MODEL_DIR [--ids 785,3853,315,15235,686]
            [--out CSV] [--threads N] [--fixed-thresholds]
    /usr/bin/python3 tools/reference/baseline.py MODEL_DIR --scipy-only [--threads N]

The first form does what tools/original/thermodynamics_analyzer.py does, minus the tokenizer (no
hub here: the ids are given; 785,3853,315,15235,686 is "The future of AI will" in Qwen2.5's
tokenizer): load the checkpoint in float32 into the reference decoder (model.py), one forward and
backward pass with labels = ids, then the original's metric loop exactly (original_metrics.py:
torch.linalg.svdvals for the entropy AND scipy.linalg.svdvals for the energy of every matrix, in
named_parameters order), the pandas frame and the CSV.  It ends with one machine-readable line:

    stages imports=.. load=.. fwdbwd=.. svd=.. metrics=.. total=..     (seconds; total = wall)

`svd` is the whole metric loop (norms and both SVDs); `metrics` the pandas part and the CSV.
--scipy-only times a single scipy.linalg.svdvals pass over every 2-D weight of the checkpoint
(float32, as the original passes them), for the SVD-stage comparison, and prints

    scipy_svd seconds=.. matrices=..
--threads N sets torch.set_num_threads(N) and the OpenMP/OpenBLAS/MKL thread counts.  Both forms
print the BLAS/LAPACK libraries loaded: Debian's default is the slow reference libblas; an OpenBLAS
is used when LD_LIBRARY_PATH names a folder holding its libblas.so.3 and liblapack.so.3.
"""
import time

T_START = time.perf_counter()

import argparse  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

DEFAULT_IDS = "785,3853,315,15235,686"


def parse():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model", help="checkpoint folder (config.json, *.safetensors)")
    ap.add_argument("--ids", default=DEFAULT_IDS, help="comma-separated prompt ids")
    ap.add_argument("--out", help="CSV path (default: the original's name, in the current folder)")
    ap.add_argument("--threads", type=int, help="threads for torch and the BLAS")
    ap.add_argument("--fixed-thresholds", action="store_true")
    ap.add_argument("--scipy-only", action="store_true", help="only time scipy.linalg.svdvals")
    return ap.parse_args()


args = parse()
if args.threads:  # before numpy, torch and scipy load their thread pools
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(args.threads)

import torch  # noqa: E402
from scipy.linalg import svdvals  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import safetensors_io  # noqa: E402
from model import CausalLM  # noqa: E402
from original_metrics import thermo_frame, thermo_records  # noqa: E402


def blas_libraries():
    """The BLAS/LAPACK shared libraries this process loaded (Debian's reference libblas, or
    OpenBLAS when LD_LIBRARY_PATH points at one): timings mean little without it."""
    try:
        with open("/proc/self/maps") as f:
            paths = {line.split()[-1] for line in f if ".so" in line}
    except OSError:
        return "unknown"
    libs = sorted(p for p in paths if "-packages/" not in p
                  and any(k in os.path.basename(p) for k in ("blas", "lapack", "mkl")))
    return ",".join(libs) or "none"


def scipy_only(folder):
    seconds, count = 0.0, 0
    for name, t in safetensors_io.iter_checkpoint(folder):
        if "weight" in name and t.ndim == 2:
            a = t.float().numpy()
            t0 = time.perf_counter()
            svdvals(a)
            seconds += time.perf_counter() - t0
            count += 1
            del a
    print(f"blas {blas_libraries()}")
    print(f"scipy_svd seconds={seconds:.3f} matrices={count}")


def main():
    if args.threads:
        torch.set_num_threads(args.threads)
    if args.scipy_only:
        scipy_only(args.model)
        return
    ids = [int(x) for x in args.ids.split(",")]
    out = args.out or f"{os.path.basename(os.path.normpath(args.model))}_transformer_thermo_analysis.csv"
    t0 = time.perf_counter()
    model = CausalLM.load(args.model, torch.float32)
    model.eval()
    t1 = time.perf_counter()
    loss = model.loss([ids])[0]
    loss.backward()
    t2 = time.perf_counter()
    records = thermo_records(model)
    t3 = time.perf_counter()
    df = thermo_frame(records, args.fixed_thresholds)
    df.to_csv(out, index=False)
    t4 = time.perf_counter()
    print(f"Enhanced metrics written → {out}")
    print(f"loss {loss.item():.6f}, {len(records)} matrices, threads {torch.get_num_threads()}")
    print(f"blas {blas_libraries()}")
    print(f"stages imports={t0 - T_START:.3f} load={t1 - t0:.3f} fwdbwd={t2 - t1:.3f} "
          f"svd={t3 - t2:.3f} metrics={t4 - t3:.3f} total={t4 - T_START:.3f}")


if __name__ == "__main__":
    try:
        main()
    except (ValueError, OSError) as e:
        sys.exit(f"baseline.py: {args.model}: {e}")
