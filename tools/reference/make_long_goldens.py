"""make_long_goldens.py - goldens for long prompts and sliding windows, from the PyTorch reference.

    /usr/bin/python3 tools/reference/make_long_goldens.py [--out tests/data/long]

Each case runs a test checkpoint of tests/data/models (weights unchanged), with config.json keys
overridden where the case says so (a sliding window), on seeded id sequences, in float32 and in
float64.  It writes NAME.json, small by design (no whole tensors):
    format      "thermo-long-golden-1"
    checkpoint  the folder under tests/data/models holding the weights
    config      the whole config.json the case runs (the checkpoint's, with the overrides)
    ids         [[id, ...], ...]  one list per sequence
    loss, losses                   the float32 run, as make_goldens.py
    loss64                         the float64 run
    logit_rows  [[sequence, t], ...] and logits [[8 values], ...]: logits[t][0:8] of those rows
    params      [{name, g_norm}] for every 2-D weight, by name (byte order): |dL/dW|_F of the
                float64 run
The float32 gradient norms are checked here against the float64 ones (1e-5 relative), so none of
the goldens is rounding noise.
"""
import os
import sys

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_v] = "1"

import argparse  # noqa: E402
import json  # noqa: E402

import torch  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import safetensors_io  # noqa: E402
from make_goldens import golden_ids  # noqa: E402
from model import CausalLM, Config  # noqa: E402

MODELS = os.path.join(HERE, "..", "..", "tests", "data", "models")
DEFAULT_OUT = os.path.join(HERE, "..", "..", "tests", "data", "long")

# name -> (checkpoint, config overrides, sequence lengths)
CASES = {
    # 700 tokens, full attention: the streamed kernels and both gradient-norm routes
    "qwen2_700": ("qwen2_tied_f32", {}, [700]),
    "llama3_700": ("llama3_f16", {}, [700]),
    "qwen3_700": ("qwen3_bf16", {}, [700]),
    # prompts longer than the window: qwen2 slides on layers >= max_window_layers (here layer 1),
    # qwen3 on every layer, mistral on every layer; two sequences packed side by side
    "qwen2_window": ("qwen2_tied_f32", {"use_sliding_window": True, "sliding_window": 5,
                                        "max_window_layers": 1}, [16, 9]),
    "qwen3_window": ("qwen3_bf16", {"use_sliding_window": True, "sliding_window": 4,
                                    "max_window_layers": 0}, [13]),
    "mistral_window": ("llama3_f16", {"model_type": "mistral", "architectures": ["MistralForCausalLM"],
                                      "rope_scaling": None, "sliding_window": 6}, [15]),
}


def run(cfg, tensors, sequences, dtype):
    m = CausalLM(cfg, dict(tensors), dtype)
    loss, losses, logits = m.loss(sequences)
    loss.backward()
    return m, loss.item(), [l.item() for l in losses], logits


def case(name):
    ckpt, overrides, lengths = CASES[name]
    folder = os.path.join(MODELS, ckpt)
    with open(os.path.join(folder, "config.json")) as f:
        config = json.load(f)
    config.update(overrides)
    cfg = Config(config)
    tensors = {n: t.float() for n, t in safetensors_io.iter_checkpoint(folder)}
    sequences = [golden_ids(name, cfg.vocab_size, n, f"/{i}") for i, n in enumerate(lengths)]
    m, loss, losses, logits = run(cfg, tensors, sequences, torch.float32)
    m64, loss64, _, _ = run(cfg, tensors, sequences, torch.float64)
    g32 = {n: p.grad.double().norm().item() for n, p in m.named_parameters()}
    params = []
    for n, p in m64.named_parameters():
        g = p.grad.norm().item()
        if abs(g32[n] - g) > 1e-5 * g:
            sys.exit(f"{name}: {n}: float32 |dW| {g32[n]!r} is not float64's {g!r} to 1e-5")
        if "weight" in n and p.ndim == 2:
            params.append({"name": n, "g_norm": g})
    params.sort(key=lambda p: p["name"].encode())
    rows = []
    for i, n in enumerate(lengths):
        rows += [[i, t] for t in sorted({0, n // 2, n - 1})]
    return {
        "format": "thermo-long-golden-1",
        "checkpoint": ckpt,
        "config": config,
        "ids": sequences,
        "loss": loss,
        "losses": losses,
        "loss64": loss64,
        "logit_rows": rows,
        "logits": [[float(v) for v in logits[i][t][:8].tolist()] for i, t in rows],
        "params": params,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--only", action="append")
    args = ap.parse_args()
    torch.set_num_threads(1)
    os.makedirs(args.out, exist_ok=True)
    for name in args.only or list(CASES):
        doc = case(name)
        with open(os.path.join(args.out, name + ".json"), "w") as f:
            json.dump(doc, f, indent=1)
            f.write("\n")
        print(name, "loss", doc["loss"], "loss64", doc["loss64"])


if __name__ == "__main__":
    main()
