"""make_checkpoints.py - deterministic random checkpoints for thermo's tests and benchmarks.

    /usr/bin/python3 tools/reference/make_checkpoints.py [--out tests/data/models]
        writes the small test checkpoints (config.json + safetensors), byte-identical on every run
    /usr/bin/python3 tools/reference/make_checkpoints.py --qwen05b DIR
        writes a checkpoint with Qwen2.5-0.5B's exact shapes and random bf16 weights (~0.99 GB),
        streamed tensor by tensor, for the benchmarks
    /usr/bin/python3 tools/reference/make_checkpoints.py --wide-vocab DIR
        writes a small qwen2 (hidden 64, 2 layers) with Qwen's 151936-word vocabulary (bf16,
        ~20 MB), for the long-prompt memory benchmark

Weights: matrices N(0, std^2), norm weights 1 + N(0, 0.05^2), biases N(0, 0.02^2), drawn in
float32 from one torch.Generator per tensor seeded from the checkpoint and the tensor's name, then
rounded to the stored dtype.  The small checkpoints use std 0.08 rather than transformers'
initializer_range 0.02: at hidden 32-64 that would leave attention uniform and the logits flat,
and a test of the forward pass would then check little.
"""
import argparse
import hashlib
import json
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import safetensors_io  # noqa: E402
from model import Config, GPT2Config, rope_inv_freq  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "..", "tests", "data", "models")
DTYPES = {"f32": torch.float32, "bf16": torch.bfloat16, "f16": torch.float16}


def generator(seed_text):
    """A torch.Generator seeded from a string (stable across runs and machines)."""
    g = torch.Generator()
    g.manual_seed(int.from_bytes(hashlib.sha256(seed_text.encode()).digest()[:8], "little"))
    return g


def gpt2_tensor_specs(cfg, prefix):
    """GPT-2's tensors (Conv1D weights stored (in, out)), named with `prefix` ("transformer." as
    GPT2LMHeadModel saves them, or "" as the original gpt2 files have them)."""
    C, I, P, V = cfg.hidden_size, cfg.intermediate_size, cfg.n_positions, cfg.vocab_size
    specs = [(f"{prefix}wte.weight", (V, C), "matrix"), (f"{prefix}wpe.weight", (P, C), "matrix")]
    for i in range(cfg.num_hidden_layers):
        p = f"{prefix}h.{i}"
        specs += [(f"{p}.ln_1.weight", (C,), "norm"), (f"{p}.ln_1.bias", (C,), "bias"),
                  (f"{p}.attn.c_attn.weight", (C, 3 * C), "matrix"), (f"{p}.attn.c_attn.bias", (3 * C,), "bias"),
                  (f"{p}.attn.c_proj.weight", (C, C), "matrix"), (f"{p}.attn.c_proj.bias", (C,), "bias"),
                  (f"{p}.ln_2.weight", (C,), "norm"), (f"{p}.ln_2.bias", (C,), "bias"),
                  (f"{p}.mlp.c_fc.weight", (C, I), "matrix"), (f"{p}.mlp.c_fc.bias", (I,), "bias"),
                  (f"{p}.mlp.c_proj.weight", (I, C), "matrix"), (f"{p}.mlp.c_proj.bias", (C,), "bias")]
    specs += [(f"{prefix}ln_f.weight", (C,), "norm"), (f"{prefix}ln_f.bias", (C,), "bias")]
    return specs


def tensor_specs(cfg):
    """[(name, shape, kind)] of every stored tensor, in transformers' named_parameters order;
    kind is 'matrix', 'norm' or 'bias'."""
    C, I, hd = cfg.hidden_size, cfg.intermediate_size, cfg.head_dim
    q, kv = cfg.num_attention_heads * hd, cfg.num_key_value_heads * hd
    specs = [("model.embed_tokens.weight", (cfg.vocab_size, C), "matrix")]
    for i in range(cfg.num_hidden_layers):
        p = f"model.layers.{i}"
        if cfg.fused:  # phi3: o_proj, qkv_proj ([q|k|v] rows), gate_up_proj ([gate|up] rows), down_proj
            specs += [(f"{p}.self_attn.o_proj.weight", (C, q), "matrix"),
                      (f"{p}.self_attn.qkv_proj.weight", (q + 2 * kv, C), "matrix"),
                      (f"{p}.mlp.gate_up_proj.weight", (2 * I, C), "matrix"),
                      (f"{p}.mlp.down_proj.weight", (C, I), "matrix")]
            specs += [(f"{p}.{norm}.weight", (C,), "norm") for norm in cfg.norms]
            continue
        for proj, rows, cols, bias in (("q_proj", q, C, cfg.qkv_bias), ("k_proj", kv, C, cfg.qkv_bias),
                                       ("v_proj", kv, C, cfg.qkv_bias), ("o_proj", C, q, cfg.o_bias)):
            specs.append((f"{p}.self_attn.{proj}.weight", (rows, cols), "matrix"))
            if bias:
                specs.append((f"{p}.self_attn.{proj}.bias", (rows,), "bias"))
        if cfg.qk_norm:
            wide = cfg.qk_norm == "width"
            specs += [(f"{p}.self_attn.q_norm.weight", (q if wide else hd,), "norm"),
                      (f"{p}.self_attn.k_norm.weight", (kv if wide else hd,), "norm")]
        for proj, rows, cols in (("gate_proj", I, C), ("up_proj", I, C), ("down_proj", C, I)):
            specs.append((f"{p}.mlp.{proj}.weight", (rows, cols), "matrix"))
            if cfg.mlp_bias:
                specs.append((f"{p}.mlp.{proj}.bias", (rows,), "bias"))
        specs += [(f"{p}.{norm}.weight", (C,), "norm") for norm in cfg.norms]
    specs.append(("model.norm.weight", (C,), "norm"))
    if not cfg.tie_word_embeddings:
        specs.append(("lm_head.weight", (cfg.vocab_size, C), "matrix"))
    return specs


def random_tensor(seed_text, shape, kind, std):
    """One float32 tensor drawn as described at the top of the file."""
    x = torch.randn(shape, generator=generator(seed_text), dtype=torch.float32)
    if kind == "matrix":
        return x * std
    if kind == "norm":
        return 1.0 + 0.05 * x
    return 0.02 * x


def config_dict(name, arch, vocab, hidden, layers, heads, kv_heads, inter, tied, dtype, **extra):
    d = {
        "architectures": [{"qwen2": "Qwen2ForCausalLM", "llama": "LlamaForCausalLM",
                           "qwen3": "Qwen3ForCausalLM", "smollm3": "SmolLM3ForCausalLM",
                           "olmo2": "Olmo2ForCausalLM", "gemma2": "Gemma2ForCausalLM",
                           "gemma3_text": "Gemma3ForCausalLM",
                           "phi3": "Phi3ForCausalLM"}[arch]],
        "model_type": arch,
        "vocab_size": vocab,
        "hidden_size": hidden,
        "intermediate_size": inter,
        "num_hidden_layers": layers,
        "num_attention_heads": heads,
        "num_key_value_heads": kv_heads,
        "hidden_act": "silu",
        "max_position_embeddings": 128,
        "rms_norm_eps": 1e-6,
        "rope_theta": 1000000.0,
        "tie_word_embeddings": tied,
        "torch_dtype": {"f32": "float32", "bf16": "bfloat16", "f16": "float16"}[dtype],
        "bos_token_id": 1,
        "eos_token_id": 2,
        "_thermo_note": f"random test checkpoint '{name}' from tools/reference/make_checkpoints.py",
    }
    d.update(extra)
    return d


# name -> (config, stored dtype, shards, std of the matrices)
SMALL = {
    "qwen2_tied_f32": (config_dict("qwen2_tied_f32", "qwen2", 128, 32, 2, 4, 2, 64, True, "f32"),
                       "f32", 1),
    "qwen2_untied_sharded_bf16": (config_dict("qwen2_untied_sharded_bf16", "qwen2", 160, 48, 3, 4, 2,
                                              96, False, "bf16"), "bf16", 3),
    # llama3 RoPE: head_dim 16 gives inv_freq 10000^(-i/8); with original context 32, low 1, high 4
    # frequency 0 (wavelength 6.3 < 8) is kept, 1 (wavelength 20 in [8, 32]) is blended and
    # 2..7 (wavelength > 32) are divided by 8: every branch of the rule is used.
    "llama3_f16": (config_dict("llama3_f16", "llama", 160, 64, 2, 4, 2, 96, False, "f16",
                               rms_norm_eps=1e-5, rope_theta=10000.0, attention_bias=False,
                               mlp_bias=False,
                               rope_scaling={"rope_type": "llama3", "factor": 8.0,
                                             "low_freq_factor": 1.0, "high_freq_factor": 4.0,
                                             "original_max_position_embeddings": 32}),
                   "f16", 1),
    "qwen3_bf16": (config_dict("qwen3_bf16", "qwen3", 144, 32, 2, 4, 2, 64, True, "bf16",
                               head_dim=16, attention_bias=False), "bf16", 1),
    "llama_bias_f32": (config_dict("llama_bias_f32", "llama", 128, 32, 2, 4, 4, 64, False, "f32",
                                   rms_norm_eps=1e-5, rope_theta=10000.0, attention_bias=True,
                                   mlp_bias=True), "f32", 1),
    "hard_cases_f32": (config_dict("hard_cases_f32", "qwen2", 128, 32, 3, 4, 2, 64, True, "f32"),
                       "f32", 1),
    # SmolLM3: RoPE only where no_rope_layers says 1; absent, every 4th layer goes without.  The
    # pad id is in the golden sequences (padding_idx: no lookup gradient for that row).
    "smollm3_f32": (config_dict("smollm3_f32", "smollm3", 128, 32, 4, 4, 2, 64, False, "f32",
                                pad_token_id=127, rope_theta=2000000.0, no_rope_layer_interval=4,
                                attention_bias=False, mlp_bias=False), "f32", 1),
    "smollm3_bf16": (config_dict("smollm3_bf16", "smollm3", 128, 32, 3, 4, 2, 64, True, "bf16",
                                 pad_token_id=127, no_rope_layers=[1, 0, 1], use_sliding_window=False,
                                 sliding_window=None), "bf16", 1),
    # OLMo 2: no input norms, RMSNorm on the attention and MLP outputs, q_norm/k_norm over the
    # whole projection
    "olmo2_f32": (config_dict("olmo2_f32", "olmo2", 128, 32, 2, 4, 2, 64, False, "f32",
                              pad_token_id=127, rms_norm_eps=1e-5, rope_theta=500000.0,
                              attention_bias=False), "f32", 1),
    "olmo2_bf16": (config_dict("olmo2_bf16", "olmo2", 128, 32, 2, 4, 4, 64, True, "bf16",
                               pad_token_id=1, rms_norm_eps=1e-6), "bf16", 1),
    # Gemma 3: (1 + w) norms, four a layer, per-head q/k norms, GELU-tanh, embeddings * sqrt(32),
    # head_dim 16 with query_pre_attn_scalar 24, sliding layers (window 4 < the 12-token golden
    # sequence) with the local RoPE base, a final softcap the logits reach (1.0), and an
    # attn_logit_softcapping that Gemma 3 ignores; the BF16 one takes its layers from
    # sliding_window_pattern, linear RoPE scaling on the global layers, tied, padding_idx 0 (default)
    "gemma3_text_f32": (config_dict("gemma3_text_f32", "gemma3_text", 128, 32, 3, 4, 1, 64, False, "f32",
                                    head_dim=16, query_pre_attn_scalar=24, sliding_window=4,
                                    layer_types=["sliding_attention", "sliding_attention", "full_attention"],
                                    rope_local_base_freq=10000.0, final_logit_softcapping=1.0,
                                    attn_logit_softcapping=0.3, hidden_act="gelu_pytorch_tanh",
                                    hidden_activation="gelu_pytorch_tanh", pad_token_id=0), "f32", 1),
    "gemma3_text_bf16": (config_dict("gemma3_text_bf16", "gemma3_text", 128, 32, 3, 4, 2, 64, True, "bf16",
                                     head_dim=12, query_pre_attn_scalar=12, sliding_window=5,
                                     sliding_window_pattern=2, rope_local_base_freq=20000.0,
                                     rope_scaling={"rope_type": "linear", "factor": 8.0},
                                     final_logit_softcapping=None, hidden_act="gelu_pytorch_tanh",
                                     hidden_activation="gelu_pytorch_tanh"), "bf16", 1),
    # Gemma 2: the even layers slide (window 4), softcaps on attention scores (0.5) and logits (1.0)
    # that the values reach; BF16: layer_types given, the default caps (50, 30), tied
    "gemma2_f32": (config_dict("gemma2_f32", "gemma2", 128, 32, 3, 4, 2, 64, False, "f32",
                               head_dim=12, query_pre_attn_scalar=16, sliding_window=4,
                               attn_logit_softcapping=0.5, final_logit_softcapping=1.0, rope_theta=10000.0,
                               hidden_act="gelu_pytorch_tanh", hidden_activation="gelu_pytorch_tanh",
                               pad_token_id=0), "f32", 1),
    "gemma2_bf16": (config_dict("gemma2_bf16", "gemma2", 128, 32, 2, 4, 2, 64, True, "bf16",
                                head_dim=16, query_pre_attn_scalar=16, sliding_window=3,
                                layer_types=["full_attention", "sliding_attention"], rope_theta=10000.0,
                                hidden_act="gelu_pytorch_tanh", hidden_activation="gelu_pytorch_tanh"),
                    "bf16", 1),
}
# Phi-3.5-mini (phi3_bf16: untied, full rotary, no GQA) and Phi-4-mini (phi3_tied_f32: tied,
# partial_rotary_factor 0.75, GQA), both with longrope as the real ones have it, shrunk: the
# pretraining length original_max_position_embeddings is 8 (the golden sequences have 6 and 11
# tokens, so both the short and the long factors are used) and max_position_embeddings 64, giving
# the attention factor sqrt(1 + ln 8 / ln 8) = sqrt 2.  pad_token_id is an id of the golden
# sequences (vocab - 1 and 0), so the padding row's missing lookup gradient is tested.
PHI3_SHORT = [1.0, 1.0184, 1.1547, 1.7081, 1.9219, 2.1073]
PHI3_LONG = [1.08, 1.1, 1.25, 3.7, 12.4, 27.8]
SMALL["phi3_bf16"] = (config_dict(
    "phi3_bf16", "phi3", 128, 32, 2, 4, 4, 64, False, "bf16", rms_norm_eps=1e-5, rope_theta=10000.0,
    max_position_embeddings=64, original_max_position_embeddings=8, pad_token_id=127,
    bos_token_id=1, eos_token_id=[32000, 32001, 32007], sliding_window=262144, attention_dropout=0.0,
    embd_pdrop=0.0, resid_pdrop=0.0, initializer_range=0.02, use_cache=True,
    rope_scaling={"long_factor": PHI3_LONG[:4], "short_factor": PHI3_SHORT[:4], "type": "longrope"}),
    "bf16", 1)
SMALL["phi3_tied_f32"] = (config_dict(
    "phi3_tied_f32", "phi3", 144, 32, 2, 2, 1, 64, True, "f32", rms_norm_eps=1e-5, rope_theta=10000.0,
    max_position_embeddings=64, original_max_position_embeddings=8, pad_token_id=0, bos_token_id=None,
    eos_token_id=[199999, 200020], partial_rotary_factor=0.75, sliding_window=262144,
    lm_head_bias=False, full_attn_mod=1, interpolate_factor=1,
    rope_scaling={"long_factor": PHI3_LONG, "short_factor": PHI3_SHORT, "type": "longrope"}),
    "f32", 1)
# GPT-2 (openai-community/gpt2 and distilgpt2's layout, shrunk): gpt2_f32 as the original files are,
# keys without the transformer. prefix and each block's causal-mask buffers attn.bias (1, 1, P, P)
# and attn.masked_bias stored beside the weights; gpt2_bf16 as GPT2LMHeadModel.save_pretrained
# writes it, keys with the prefix and a copy of the tied lm_head.weight.  pad_token_id is set in
# gpt2_bf16 (as some fine-tuned configs have it) and is an id of its golden sequence: GPT-2's wte
# has no padding_idx, so that row still gets its gradient.
GPT2_KEYS = dict(activation_function="gelu_new", attn_pdrop=0.1, embd_pdrop=0.1, resid_pdrop=0.1,
                 initializer_range=0.02, layer_norm_epsilon=1e-5, scale_attn_weights=True,
                 summary_activation=None, summary_first_dropout=0.1, summary_proj_to_labels=True,
                 summary_type="cls_index", summary_use_proj=True, use_cache=True, bos_token_id=127,
                 eos_token_id=127, task_specific_params={"text-generation": {"do_sample": True, "max_length": 50}})
SMALL["gpt2_f32"] = (dict(architectures=["GPT2LMHeadModel"], model_type="gpt2", vocab_size=128, n_embd=32,
                          n_layer=2, n_head=4, n_positions=16, n_ctx=16, **GPT2_KEYS), "f32", 1)
SMALL["gpt2_bf16"] = (dict(architectures=["GPT2LMHeadModel"], model_type="gpt2", vocab_size=144, n_embd=48,
                           n_layer=2, n_head=4, n_positions=32, n_inner=64, pad_token_id=143,
                           torch_dtype="bfloat16", **GPT2_KEYS), "bf16", 1)
SMALL_STD = 0.08


def exact_rank1(seed_text, rows, cols):
    """u v^T with u, v small integers times 2^-7: every product is exact in float32, so the stored
    matrix has rank exactly 1."""
    g = generator(seed_text)
    u = torch.randint(-15, 16, (rows, 1), generator=g).float() * 2.0 ** -7
    v = torch.randint(-15, 16, (1, cols), generator=g).float() * 2.0 ** -7
    u[0, 0] = 9 * 2.0 ** -7  # never all zero
    v[0, 0] = -5 * 2.0 ** -7
    return u * v


def hard_cases(tensors):
    """The hard cases, applied to the float32 draw of hard_cases_f32 (3 layers):
    layer 0  o_proj = 0         so q/k/v of layer 0 get exactly zero gradient: T = inf
             q_proj = 0         W = 0 and dW = 0: S = E = 0, T = inf, F = 0 - inf*0 = nan
             k_proj, v_proj     nonzero W, zero gradient: F = E - inf*S = -inf
    layer 1  k_proj and its bias * 1e-12: tiny weights, attention scores ~1e-13
             gate_proj, up_proj rank exactly 1
             down_proj * 1e-12  tiny weights and MLP output
    layer 2  gate_proj = 0      W = 0 with a nonzero gradient: T = 0, S = E = F = 0; then
                                silu(0) = 0 gives up_proj and down_proj exactly zero gradients
    Each zero gradient is exactly zero, not rounding noise: every hard case keeps the float32
    gradients within float32 accuracy of the float64 ones (make_goldens.py checks it).  An
    all-zero v_proj, say, would not: v would be the bias at every position, the attention output
    independent of the scores, and the q/k gradients pure cancellation noise."""
    tensors["model.layers.0.self_attn.o_proj.weight"].zero_()
    tensors["model.layers.0.self_attn.q_proj.weight"].zero_()
    tensors["model.layers.1.self_attn.k_proj.weight"].mul_(1e-12)
    tensors["model.layers.1.self_attn.k_proj.bias"].mul_(1e-12)
    for proj in ("up_proj", "gate_proj"):
        w = tensors[f"model.layers.1.mlp.{proj}.weight"]
        w.copy_(exact_rank1(f"hard_cases_f32/rank1/{proj}", *w.shape))
    tensors["model.layers.1.mlp.down_proj.weight"].mul_(1e-12)
    tensors["model.layers.2.mlp.gate_proj.weight"].zero_()


def write_config(folder, d):
    with open(os.path.join(folder, "config.json"), "w") as f:
        json.dump(d, f, indent=2)
        f.write("\n")


def make_small(out, name):
    d, dtype, shards = SMALL[name]
    gpt2 = d["model_type"] == "gpt2"
    cfg = GPT2Config(d) if gpt2 else Config(d)
    specs = gpt2_tensor_specs(cfg, "transformer." if dtype == "bf16" else "") if gpt2 else tensor_specs(cfg)
    tensors = {n: random_tensor(f"{name}/{n}", shape, kind, SMALL_STD) for n, shape, kind in specs}
    if gpt2 and dtype == "bf16":
        tensors["lm_head.weight"] = tensors["transformer.wte.weight"].clone()
    elif gpt2:
        P = cfg.n_positions
        for i in range(cfg.num_hidden_layers):
            tensors[f"h.{i}.attn.bias"] = torch.tril(torch.ones(P, P)).view(1, 1, P, P)
            tensors[f"h.{i}.attn.masked_bias"] = torch.tensor(-1e4)
    if name == "hard_cases_f32":
        hard_cases(tensors)
    tensors = {n: t.to(DTYPES[dtype]) for n, t in tensors.items()}
    folder = os.path.join(out, name)
    os.makedirs(folder, exist_ok=True)
    for old in os.listdir(folder):
        if old.endswith(".safetensors") or old == safetensors_io.INDEX:
            os.remove(os.path.join(folder, old))
    write_config(folder, d)
    if shards == 1:
        safetensors_io.save(os.path.join(folder, safetensors_io.SINGLE), tensors)
    else:
        safetensors_io.save_sharded(folder, tensors, shards)


def llama3_branches(d):
    """For each RoPE frequency: 'kept', 'blended' or 'divided' under llama3 scaling."""
    cfg = Config(d)
    s = cfg.rope_scaling
    plain = Config({**d, "rope_scaling": None})
    base, scaled = rope_inv_freq(plain), rope_inv_freq(cfg)
    out = []
    for b, v in zip(base.tolist(), scaled.tolist()):
        out.append("kept" if v == b else "divided" if v == b / s["factor"] else "blended")
    return out


# ---- Qwen2.5-0.5B's shapes ---------------------------------------------------------------------

QWEN05B_CONFIG = {
    "architectures": ["Qwen2ForCausalLM"],
    "attention_dropout": 0.0,
    "bos_token_id": 151643,
    "eos_token_id": 151643,
    "hidden_act": "silu",
    "hidden_size": 896,
    "initializer_range": 0.02,
    "intermediate_size": 4864,
    "max_position_embeddings": 32768,
    "max_window_layers": 24,
    "model_type": "qwen2",
    "num_attention_heads": 14,
    "num_hidden_layers": 24,
    "num_key_value_heads": 2,
    "rms_norm_eps": 1e-06,
    "rope_theta": 1000000.0,
    "sliding_window": 32768,
    "tie_word_embeddings": True,
    "torch_dtype": "bfloat16",
    "transformers_version": "4.40.1",
    "use_cache": True,
    "use_sliding_window": False,
    "vocab_size": 151936,
}
WIDE_VOCAB_CONFIG = dict(QWEN05B_CONFIG, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=2, max_window_layers=2)
ROWS_PER_BLOCK = 8192  # big matrices are drawn in row blocks so memory stays ~30 MB a block


def make_qwen05b(folder, config=QWEN05B_CONFIG, seed="qwen05b"):
    """Qwen2.5-0.5B's shapes (or config's), random bf16 weights (matrices std 0.02), streamed to disk."""
    cfg = Config(config)
    specs = tensor_specs(cfg)
    kinds = {n: (shape, kind) for n, shape, kind in specs}

    def produce(name):
        shape, kind = kinds[name]
        for start in range(0, shape[0], ROWS_PER_BLOCK):
            rows = min(ROWS_PER_BLOCK, shape[0] - start)
            block = random_tensor(f"{seed}/{name}/{start}", (rows,) + tuple(shape[1:]), kind, 0.02)
            yield block.to(torch.bfloat16)

    os.makedirs(folder, exist_ok=True)
    write_config(folder, config)
    safetensors_io.write_stream(os.path.join(folder, safetensors_io.SINGLE),
                                [(n, "BF16", shape) for n, shape, _ in specs], produce)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=DEFAULT_OUT, help="folder for the small checkpoints")
    ap.add_argument("--qwen05b", metavar="DIR", help="write the 0.5B-shaped checkpoint to DIR instead")
    ap.add_argument("--wide-vocab", metavar="DIR", help="write the hidden-64, 151936-word checkpoint to DIR instead")
    ap.add_argument("--only", action="append", help="make only these small checkpoints")
    args = ap.parse_args()
    torch.set_num_threads(1)
    if args.qwen05b:
        make_qwen05b(args.qwen05b)
        return
    if args.wide_vocab:
        make_qwen05b(args.wide_vocab, WIDE_VOCAB_CONFIG, "wide_vocab")
        return
    names = args.only or list(SMALL)
    for name in names:
        make_small(args.out, name)
    branches = llama3_branches(SMALL["llama3_f16"][0])
    if set(branches) != {"kept", "blended", "divided"}:
        sys.exit(f"llama3_f16: the RoPE scaling does not use every branch: {branches}")


if __name__ == "__main__":
    main()
