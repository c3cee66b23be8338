"""make_goldens.py - golden data for thermo's tests, from the PyTorch reference (model.py), numpy
float64 SVDs and the original's own pandas code (original_metrics.py).

    /usr/bin/python3 tools/reference/make_goldens.py [--models tests/data/models]

For every checkpoint folder made by make_checkpoints.py it writes
    golden.json          one sequence: loss, logits slice, every 2-D weight's primitives
    expected.csv         the original's CSV (z-score thresholds) for golden.json's primitives
    expected_fixed.csv   the same with the fixed thresholds
and for qwen2_tied_f32 also golden_multi.json and expected_multi.csv: two sequences of different
lengths, loss = mean of the per-sequence losses, gradients of that mean.

golden.json (all numbers are Python's shortest round-trip repr of a double; inf, -inf and NaN
are the strings "inf", "-inf", "nan"):
    format          "thermo-golden-1"
    checkpoint      folder name
    ids             [[id, ...], ...]  one list per sequence
    loss            mean over sequences of each sequence's loss (float32 run)
    losses          [loss of each sequence]
    logits_columns  [0, 8]: the logits slice is logits[t][0:8]
    logits          [sequence][t][8 values], float32 run
    params          one object per 2-D weight with a gradient, named_parameters order (tied
                    embeddings once, under model.embed_tokens.weight):
        name, shape [rows, cols],
        w_norm       |W|_F in float64 of the float32 weight
        g_norm       |dL/dW|_F in float64 of the float32 autograd gradient
        temperature  w_norm / (g_norm + 1e-8) if g_norm > 0 else inf
        sigma_sum, sigma_sq_sum   sum of the singular values and of their squares
                     (numpy.linalg.svd of the weight in float64)
        entropy      -sum p log p, p = s / sum(s) over s > 0 (0 when none)
        energy       sum s^2 / (sum s + 1e-8), 0 when sum s == 0
        free_energy  energy - temperature * entropy (IEEE: inf*0 = nan)
    grad_norms      [{name, g_norm}] for every parameter, 1-D ones included (float32 run)
    float64         the same function run in float64 on the same weights (see model.py):
                    {loss, losses, logits, grad_norms: [{name, g_norm}]}
The float32 gradients are checked against the float64 ones here (1e-5 relative, exact zeros
where float64 has them), so no golden value is rounding noise.  One exception by nature: an
exactly rank-1 matrix (hard_cases_f32) has entropy 0, and LAPACK's noise singular values give
~1e-14 instead; compare entropies with an absolute tolerance.
Byte-identical on rerun with the same BLAS (make goldens uses Debian's default one).
"""
import os
import sys

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_v] = "1"  # one thread: the same bits on every machine and every run

import argparse  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402

import numpy as np  # noqa: E402
import torch  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_checkpoints import SMALL, generator  # noqa: E402
from model import CausalLM  # noqa: E402
from original_metrics import encode_nonfinite, thermo_csv  # noqa: E402

DEFAULT_MODELS = os.path.join(HERE, "..", "..", "tests", "data", "models")
LOGITS_COLUMNS = 8
MULTI = "qwen2_tied_f32"


def golden_ids(name, vocab, length, salt=""):
    """A fixed id sequence: seeded draws, with a repeated id (rows of the embedding gradient that
    accumulate) and the first and last ids of the vocabulary."""
    ids = torch.randint(0, vocab, (length,), generator=generator(f"ids/{name}{salt}")).tolist()
    ids[3] = ids[1]
    ids[2], ids[4] = 0, vocab - 1
    return ids


SEQUENCES = {  # checkpoint -> lengths of its golden sequences
    "qwen2_tied_f32": [10],
    "qwen2_untied_sharded_bf16": [9],
    "llama3_f16": [12],
    "qwen3_bf16": [11],
    "llama_bias_f32": [8],
    "hard_cases_f32": [7],
    "smollm3_f32": [10],
    "smollm3_bf16": [9],
    "olmo2_f32": [10],
    "olmo2_bf16": [9],
    "gemma3_text_f32": [12],
    "gemma3_text_bf16": [11],
    "gemma2_f32": [12],
    "gemma2_bf16": [10],
    "phi3_bf16": [6, 11],  # within and beyond original_max_position_embeddings (8): both longrope factors
    "phi3_tied_f32": [6, 11],
    "gpt2_f32": [9, 16],  # the second fills n_positions (16): every row of wpe gets a gradient
    "gpt2_bf16": [10],
}


def spectrum(w):
    """sigma_sum, sigma_sq_sum, entropy, energy of a weight, numpy float64 SVD."""
    s = np.linalg.svd(w.detach().double().numpy(), compute_uv=False)
    total = float(s.sum())
    pos = s[s > 0]
    entropy = 0.0
    if pos.size:
        p = pos / pos.sum()
        entropy = float(-(p * np.log(p)).sum())
    energy = float((s ** 2).sum() / (total + 1e-8)) if total != 0 else 0.0
    return total, float((s ** 2).sum()), entropy, energy


def run(folder, sequences, dtype):
    m = CausalLM.load(folder, dtype)
    loss, losses, logits = m.loss(sequences)
    loss.backward()
    return m, loss.item(), [l.item() for l in losses], logits


def golden(folder, name, sequences):
    m, loss, losses, logits = run(folder, sequences, torch.float32)
    m64, loss64, losses64, logits64 = run(folder, sequences, torch.float64)
    params, records, grad_norms = [], [], []
    grads64 = {n: p.grad.norm().item() for n, p in m64.named_parameters()}
    for n, p in m.named_parameters():
        g = p.grad.double().norm().item()
        g64 = grads64[n]
        if (g64 == 0) != (g == 0) or (g64 and abs(g - g64) > 1e-5 * g64):
            sys.exit(f"{name}: {n}: float32 gradient norm {g!r} is not float64's {g64!r} to 1e-5: "
                     "this golden would be rounding noise")
        grad_norms.append({"name": n, "g_norm": g})
        if not ("weight" in n and p.ndim == 2 and p.grad is not None):
            continue
        wn = p.detach().double().norm().item()
        temperature = wn / (g + 1e-8) if g > 0 else math.inf
        sig_sum, sig_sq, entropy, energy = spectrum(p)
        free = energy - temperature * entropy
        params.append({"name": n, "shape": list(p.shape), "w_norm": wn, "g_norm": g,
                       "temperature": temperature, "sigma_sum": sig_sum, "sigma_sq_sum": sig_sq,
                       "entropy": entropy, "energy": energy, "free_energy": free})
        records.append(dict(name=n, temperature=temperature, entropy=entropy, energy=energy,
                            free_energy=free, W_norm=wn, G_norm=g))

    def cut(lg):
        return [[float(v) for v in row[:LOGITS_COLUMNS]] for row in lg.detach().tolist()]
    doc = {
        "format": "thermo-golden-1",
        "checkpoint": name,
        "ids": sequences,
        "loss": loss,
        "losses": losses,
        "logits_columns": [0, LOGITS_COLUMNS],
        "logits": [cut(lg) for lg in logits],
        "params": params,
        "grad_norms": grad_norms,
        "float64": {
            "loss": loss64,
            "losses": losses64,
            "logits": [cut(lg) for lg in logits64],
            "grad_norms": [{"name": n, "g_norm": g} for n, g in grads64.items()],
        },
    }
    return doc, records


def to_json(value, indent=""):
    """JSON text with one key per line and one list element per line down to the lists of
    numbers, which stay on one line (so a diff shows which value moved)."""
    inner = indent + " "
    if isinstance(value, dict):
        body = ",\n".join(f"{inner}{json.dumps(k)}: {to_json(v, inner)}" for k, v in value.items())
        return "{\n" + body + "\n" + indent + "}"
    if isinstance(value, list) and value and isinstance(value[0], (dict, list)):
        return "[\n" + ",\n".join(inner + to_json(v, inner) for v in value) + "\n" + indent + "]"
    return json.dumps(value, allow_nan=False, separators=(", ", ": "))


def write_json(path, doc):
    with open(path, "w") as f:
        f.write(to_json(encode_nonfinite(doc)) + "\n")


def csv_text(records, fixed):
    with np.errstate(invalid="ignore"):  # inf - inf in the differences, as in the original
        return thermo_csv(records, fixed)


def write_text(path, text):
    with open(path, "w", newline="") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--models", default=DEFAULT_MODELS)
    ap.add_argument("--only", action="append", help="only these checkpoints")
    args = ap.parse_args()
    torch.set_num_threads(1)
    for name in args.only or SMALL:
        folder = os.path.join(args.models, name)
        vocab = CausalLM.load(folder).cfg.vocab_size
        seqs = [golden_ids(name, vocab, n) for n in SEQUENCES[name]]
        doc, records = golden(folder, name, seqs)
        write_json(os.path.join(folder, "golden.json"), doc)
        write_text(os.path.join(folder, "expected.csv"), csv_text(records, False))
        write_text(os.path.join(folder, "expected_fixed.csv"), csv_text(records, True))
        if name == MULTI:
            seqs = [golden_ids(name, vocab, 9, "/multi0"), golden_ids(name, vocab, 5, "/multi1")]
            doc, records = golden(folder, name, seqs)
            write_json(os.path.join(folder, "golden_multi.json"), doc)
            write_text(os.path.join(folder, "expected_multi.csv"), csv_text(records, False))


if __name__ == "__main__":
    main()
