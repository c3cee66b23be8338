#!/usr/bin/python3
"""make_demo_model.py - the demo checkpoint of `make demo` (tests/data/demo/): a small Qwen2
(4 layers, hidden 64, 4 heads / 2 KV heads, intermediate 176, tied embeddings, vocab 1024 = the
demo tokenizer's) trained for a few hundred steps on the text the demo tokenizer was trained on
(tools/make_demo_tokenizer.js), so that its loss and gradients mean something, if not much: it is
a toy that has memorised a few paragraphs, not a language model.  Weights stored as bf16.

    make thermo_cli && /usr/bin/python3 tools/make_demo_model.py

Deterministic on one thread (seeded init from make_checkpoints.py, seeded batches); the result is
committed, so `make demo` needs no Python."""
import json
import os
import random
import re
import subprocess
import sys
import tempfile

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, os.path.join(HERE, "reference"))
import safetensors_io  # noqa: E402
from make_checkpoints import config_dict, random_tensor, tensor_specs, write_config  # noqa: E402
from model import CausalLM, Config  # noqa: E402

OUT = os.path.join(ROOT, "tests", "data", "demo")
STEPS, BATCH, WINDOW, LR = 600, 16, 48, 3e-3


def training_ids():
    """The demo tokenizer's training text, tokenized by thermo itself (thermo_cli --tokenize)."""
    src = open(os.path.join(HERE, "make_demo_tokenizer.js"), encoding="utf-8").read()
    text = re.search(r"const TEXT = `(.*?)`;", src, re.S).group(1)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        f.write(text)
    out = subprocess.run([os.path.join(ROOT, "thermo_cli"), "--tokenize", "-f", f.name,
                          os.path.join(OUT, "tokenizer.json")], capture_output=True, text=True, check=True)
    os.unlink(f.name)
    return json.loads(out.stdout)


def main():
    torch.set_num_threads(1)
    torch.manual_seed(0)
    d = config_dict("demo", "qwen2", 1024, 64, 4, 4, 2, 176, True, "bf16",
                    max_position_embeddings=512, rope_theta=10000.0, bos_token_id=1021, eos_token_id=1021)
    d["_thermo_note"] = ("demo checkpoint from tools/make_demo_model.py: a toy Qwen2 trained for "
                         f"{STEPS} steps on a few paragraphs; synthetic, not a language model")
    cfg = Config(d)
    tensors = {n: random_tensor(f"demo/{n}", shape, kind, 0.02) for n, shape, kind in tensor_specs(cfg)}
    model = CausalLM(cfg, tensors)
    ids = training_ids()
    rng = random.Random(0)
    opt = torch.optim.AdamW(model.parameters(), lr=LR, weight_decay=0.01)
    for step in range(STEPS):
        starts = [rng.randrange(0, len(ids) - WINDOW) for _ in range(BATCH)]
        loss, _, _ = model.loss([ids[s:s + WINDOW] for s in starts])
        opt.zero_grad()
        loss.backward()
        opt.step()
        if step % 100 == 0 or step == STEPS - 1:
            print(f"step {step}: loss {loss.item():.4f}")
    trained = {n: p.detach().to(torch.bfloat16) for n, p in model.named_parameters()}
    os.makedirs(OUT, exist_ok=True)
    write_config(OUT, d)
    safetensors_io.save(os.path.join(OUT, safetensors_io.SINGLE), trained)
    print(f"{len(ids)} training tokens; wrote {OUT}")


if __name__ == "__main__":
    main()
