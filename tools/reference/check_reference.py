"""check_reference.py - checks the PyTorch reference decoder (model.py) against independent facts,
since no `transformers` package is at hand here.  Run: /usr/bin/python3 tools/reference/check_reference.py
(or `make reference-check`).  Prints one line per check with the largest difference it saw and
its tolerance; exits non-zero on any failure.

  1. safetensors: our reader's bytes vs a hand decode with numpy (bf16 = high half of a float32,
     f16 = IEEE half); a write/read round trip is bit-exact.
  2. RoPE inv_freq vs numpy float32 powf, and the llama3 rule vs Meta's per-frequency
     `apply_scaling` from the Llama 3.1 reference code, written again here in float64.
  3. The forward pass vs a second, independent float64 implementation in numpy (explicit per-head,
     per-position loops, RoPE written in pair form) on every test checkpoint.
  4. Gradients: torch.autograd.gradcheck in float64 on tiny models of every family, and central
     finite differences of the loss along random directions on every test checkpoint.
  5. Facts: a zero model's loss is log V exactly; a zero lm_head too; causality; RoPE scores depend
     only on relative positions; permuting MLP units, query heads within a KV group, or whole KV
     groups (with their query heads) changes nothing; a tied embedding's gradient is the sum of the
     untied embedding and lm_head gradients; the multi-sequence loss and gradient are the means.
  6. float32 vs float64 runs agree to float32 accuracy.
"""
import ctypes
import ctypes.util
import math
import os
import sys
import tempfile

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import safetensors_io  # noqa: E402
from make_checkpoints import SMALL, config_dict, random_tensor, tensor_specs  # noqa: E402
from model import CausalLM, Config, rope_cos_sin, rope_inv_freq  # noqa: E402

LIBM = ctypes.CDLL(ctypes.util.find_library("m"))
LIBM.powf.restype, LIBM.powf.argtypes = ctypes.c_float, [ctypes.c_float, ctypes.c_float]
MODELS = os.path.join(HERE, "..", "..", "tests", "data", "models")
IDS = [5, 17, 3, 99, 17, 42, 0, 77, 5, 121]
# The families the independent numpy decoder and RoPE check do not implement: their goldens rest on
# model.py alone (its float32 and float64 runs, the finite differences and gradcheck below).
NOT_IN_NUMPY = ("phi3", "gpt2")
failures = 0


def report(label, diff, tol):
    global failures
    ok = diff <= tol
    failures += not ok
    print(f"{'ok  ' if ok else 'FAIL'} {label}: max diff {diff:.3g} (tolerance {tol:.3g})")


def rel(a, b):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return float(np.max(np.abs(a - b)) / max(np.max(np.abs(b)), 1e-300))


# ---- 1. safetensors ------------------------------------------------------------------------------

def numpy_decode(path):
    """{name: float64 array} decoded by hand from a .safetensors file."""
    header, start = safetensors_io.read_header(path)
    raw = open(path, "rb").read()
    out = {}
    for name, info in header.items():
        b, e = info["data_offsets"]
        data = raw[start + b:start + e]
        if info["dtype"] == "F32":
            a = np.frombuffer(data, dtype="<f4").astype(np.float64)
        elif info["dtype"] == "F16":
            a = np.frombuffer(data, dtype="<f2").astype(np.float64)
        else:  # BF16: the upper 16 bits of a float32
            a = (np.frombuffer(data, dtype="<u2").astype(np.uint32) << 16).view(np.float32).astype(np.float64)
        out[name] = a.reshape(info["shape"])
    return out


def check_safetensors():
    worst = 0.0
    for name in SMALL:
        folder = os.path.join(MODELS, name)
        ours = safetensors_io.load(folder)
        for path in safetensors_io.checkpoint_files(folder):
            for n, a in numpy_decode(path).items():
                worst = max(worst, float(np.max(np.abs(ours[n].double().numpy() - a))))
    report("safetensors reader vs numpy hand decode, all checkpoints", worst, 0.0)
    g = torch.Generator().manual_seed(1)
    tensors = {"a": torch.randn(3, 5, generator=g), "b": torch.randn(7, generator=g).bfloat16(),
               "c": torch.randn(2, 2, 2, generator=g).half(), "d": torch.tensor([-0.0, float("inf")])}
    with tempfile.TemporaryDirectory() as tmp:
        safetensors_io.save(os.path.join(tmp, "x.safetensors"), tensors)
        back = safetensors_io.load(os.path.join(tmp, "x.safetensors"))
        safetensors_io.save_sharded(tmp, tensors, 2)
        back2 = safetensors_io.load(tmp)
    def bits(t):
        return (t.dtype, tuple(t.shape), safetensors_io.tensor_bytes(t).tobytes())
    same = all(bits(tensors[k]) == bits(back[k]) == bits(back2[k]) for k in tensors)
    report("safetensors write/read round trip (single and sharded)", 0.0 if same else 1.0, 0.0)


# ---- 2. RoPE ---------------------------------------------------------------------------------

def meta_apply_scaling(freqs, s):
    """Meta's Llama 3.1 rule, one frequency at a time in Python floats."""
    factor, low, high, ctx = (s["factor"], s["low_freq_factor"], s["high_freq_factor"],
                              s["original_max_position_embeddings"])
    out = []
    for f in freqs:
        wavelen = 2 * math.pi / f
        if wavelen < ctx / high:
            out.append(f)
        elif wavelen > ctx / low:
            out.append(f / factor)
        else:
            smooth = (ctx / wavelen - low) / (high - low)
            out.append((1 - smooth) * f / factor + smooth * f)
    return np.array(out)


def check_rope():
    worst_plain, worst_llama3 = 0.0, 0.0
    for name, (d, _, _) in SMALL.items():
        if d["model_type"] in NOT_IN_NUMPY:
            continue
        cfg = Config(d)
        dim = cfg.head_dim
        plain = Config({**d, "rope_scaling": None})
        ours = rope_inv_freq(plain).numpy()
        exps = np.arange(0, dim, 2).astype(np.float32) / np.float32(dim)
        powf = np.array([LIBM.powf(cfg.rope_theta, float(e)) for e in exps], dtype=np.float32)
        ref = np.float32(1.0) / powf
        worst_plain = max(worst_plain, float(np.max(np.abs(ours - ref) / ref)))
        if cfg.rope_scaling and "linear" in cfg.rope_scaling:  # f / factor, in float32
            worst_plain = max(worst_plain, rel(rope_inv_freq(cfg).numpy(), ref / np.float32(cfg.rope_scaling["linear"])))
        elif cfg.rope_scaling:
            meta = meta_apply_scaling(ours.astype(np.float64), cfg.rope_scaling)
            worst_llama3 = max(worst_llama3, rel(rope_inv_freq(cfg).numpy(), meta))
    report("RoPE inv_freq vs glibc powf (relative)", worst_plain, 0.0)
    # torch's float32 pow is not always correctly rounded: one frequency of theta 1e6, d 128
    # (Qwen3's RoPE) is 1 ulp below glibc's powf.  Say so, so that C code using powf knows.
    worst = 0
    for theta in (1e4, 5e5, 1e6):
        for dim in (64, 128):
            exps = torch.arange(0, dim, 2, dtype=torch.int64).float() / dim
            ours = (theta ** exps).numpy()
            ref = np.array([LIBM.powf(theta, float(e)) for e in exps], dtype=np.float32)
            ulps = np.abs(ours.view(np.int32) - ref.view(np.int32))
            worst = max(worst, int(ulps.max()))
            if ulps.any():
                print(f"     note: theta {theta:g}, d {dim}: torch pow differs from powf at i = "
                      f"{np.nonzero(ulps)[0].tolist()} by {ulps.max()} ulp")
    report("torch float32 theta**e vs glibc powf, theta 1e4/5e5/1e6, d 64/128 (ulps)", worst, 1)
    report("llama3 inv_freq (float32) vs Meta's rule in float64 (relative)", worst_llama3, 2e-7)
    # relative position: (R_m q).(R_n k) == (R_{m+s} q).(R_{n+s} k)
    cfg = Config(SMALL["llama3_f16"][0])
    cos, sin = rope_cos_sin(cfg, 40, torch.float64)
    g = torch.Generator().manual_seed(3)
    q, k = torch.randn(2, cfg.head_dim, generator=g, dtype=torch.float64)

    def rot(x, p):
        half = x.shape[-1] // 2
        return x * cos[p] + torch.cat((-x[half:], x[:half])) * sin[p]
    worst = max(abs(float(rot(q, m) @ rot(k, n) - rot(q, m + s) @ rot(k, n + s)))
                for m in range(8) for n in range(8) for s in (1, 5, 30))
    report("RoPE scores depend only on relative position (float64)", worst, 1e-12)


# ---- 3. an independent numpy forward ---------------------------------------------------------

def numpy_loss(cfg, W, ids, inv_freq, inv_freq_local=None):
    """Loss and logits in float64 numpy.  W: {name: float64 array}; inv_freq given (float64), and
    for Gemma 3 the sliding layers' inv_freq_local.  Written from the families' descriptions
    (norm layout, q/k norms, NoPE layers, Gemma's scalings, windows and softcaps), not from model.py."""
    T, hd = len(ids), cfg.head_dim
    nh, nkv = cfg.num_attention_heads, cfg.num_key_value_heads
    t_ = cfg.model_type
    gemma = t_ in ("gemma2", "gemma3_text")

    def rms(x, w):
        return x / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + cfg.rms_norm_eps) * ((1 + w) if gemma else w)

    def lin(x, p, bias):
        y = x @ W[p + ".weight"].T
        return y + W[p + ".bias"] if bias else y

    def rope(v, t, freqs):  # v (heads, hd): pair (i, i + hd/2) turns by angle t * freqs[i]
        out = v.copy()
        for i in range(hd // 2):
            c, s = math.cos(t * freqs[i]), math.sin(t * freqs[i])
            a, b = v[:, i], v[:, i + hd // 2]
            out[:, i], out[:, i + hd // 2] = a * c - b * s, b * c + a * s
        return out

    def cap(x, c):
        return x if c is None else c * np.tanh(x / c)

    def act(g):
        if cfg.act == "silu":
            return g / (1 + np.exp(-g))
        return 0.5 * g * (1 + np.tanh(math.sqrt(2 / math.pi) * (g + 0.044715 * g ** 3)))

    x = W["model.embed_tokens.weight"][ids]
    if gemma:
        x = x * math.sqrt(cfg.hidden_size)
    for l in range(cfg.num_hidden_layers):
        p = f"model.layers.{l}"
        norm = lambda n, v: rms(v, W[f"{p}.{n}.weight"])  # noqa: E731
        h = x if t_ == "olmo2" else norm("input_layernorm", x)
        q = lin(h, p + ".self_attn.q_proj", cfg.qkv_bias)
        k = lin(h, p + ".self_attn.k_proj", cfg.qkv_bias)
        if t_ == "olmo2":  # over the whole width
            q, k = norm("self_attn.q_norm", q), norm("self_attn.k_norm", k)
        q, k = q.reshape(T, nh, hd), k.reshape(T, nkv, hd)
        v = lin(h, p + ".self_attn.v_proj", cfg.qkv_bias).reshape(T, nkv, hd)
        if t_ in ("qwen3", "gemma3_text"):  # per head
            q, k = norm("self_attn.q_norm", q), norm("self_attn.k_norm", k)
        window = cfg.sliding_window if cfg.sliding[l] else T
        if cfg.use_rope[l]:
            freqs = inv_freq_local if (inv_freq_local is not None and cfg.sliding[l]) else inv_freq
            q = np.stack([rope(q[t], t, freqs) for t in range(T)])
            k = np.stack([rope(k[t], t, freqs) for t in range(T)])
        scale = (cfg.query_pre_attn_scalar or hd) ** -0.5
        y = np.zeros((T, nh, hd))
        for head in range(nh):
            g = head // (nh // nkv)
            for t in range(T):
                first = max(0, t - window + 1)
                scores = cap(np.array([q[t, head] @ k[s, g] for s in range(first, t + 1)]) * scale,
                             cfg.attn_logit_softcapping)
                pr = np.exp(scores - scores.max())
                pr /= pr.sum()
                y[t, head] = pr @ v[first:t + 1, g]
        o = lin(y.reshape(T, nh * hd), p + ".self_attn.o_proj", cfg.o_bias)
        x = x + (norm("post_attention_layernorm", o) if t_ == "olmo2" or gemma else o)
        h = x if t_ == "olmo2" else norm("pre_feedforward_layernorm" if gemma else "post_attention_layernorm", x)
        mlp = lin(act(lin(h, p + ".mlp.gate_proj", cfg.mlp_bias)) * lin(h, p + ".mlp.up_proj", cfg.mlp_bias),
                  p + ".mlp.down_proj", cfg.mlp_bias)
        x = x + (norm("post_feedforward_layernorm", mlp) if t_ == "olmo2" or gemma else mlp)
    head = W["model.embed_tokens.weight"] if cfg.tie_word_embeddings else W["lm_head.weight"]
    logits = cap(rms(x, W["model.norm.weight"]) @ head.T, cfg.final_logit_softcapping)
    z = logits[:-1]
    m = z.max(axis=1, keepdims=True)
    lse = (m + np.log(np.exp(z - m).sum(axis=1, keepdims=True)))[:, 0]
    return float(np.mean(lse - z[np.arange(T - 1), ids[1:]])), logits


def check_numpy_forward():
    for name in SMALL:
        if SMALL[name][0]["model_type"] in NOT_IN_NUMPY:
            continue
        folder = os.path.join(MODELS, name)
        cfg = Config.load(folder)
        ids = [i % cfg.vocab_size for i in IDS]
        W = {}
        for path in safetensors_io.checkpoint_files(folder):
            W.update(numpy_decode(path))
        inv = rope_inv_freq(cfg).double().numpy()
        local = rope_inv_freq(cfg, local=True).double().numpy() if cfg.rope_local_base_freq else None
        ref_loss, ref_logits = numpy_loss(cfg, W, np.array(ids), inv, local)
        m64 = CausalLM.load(folder, torch.float64)
        loss64, _, logits64 = m64.loss([ids])
        m32 = CausalLM.load(folder, torch.float32)
        loss32, _, logits32 = m32.loss([ids])
        report(f"{name}: float64 torch vs numpy, loss and logits (relative)",
               max(abs(loss64.item() - ref_loss) / ref_loss, rel(logits64[0].detach(), ref_logits)), 1e-12)
        report(f"{name}: float32 torch vs numpy float64, loss and logits (relative)",
               max(abs(loss32.item() - ref_loss) / ref_loss, rel(logits32[0].detach(), ref_logits)),
               # Gemma's (1 + w) norms on q and k make larger scores, and more float32 rounding
               5e-6 if cfg.model_type.startswith("gemma") else 2e-6)


# ---- 4. gradients ----------------------------------------------------------------------------

TINY = {  # family -> config of a tiny model for gradcheck (no padding_idx: its row's lookup gradient is 0 by design)
    "qwen2": config_dict("tiny", "qwen2", 16, 8, 2, 2, 1, 12, True, "f32"),
    "llama3": config_dict("tiny", "llama", 16, 8, 2, 2, 1, 12, False, "f32", attention_bias=True,
                          mlp_bias=True, rope_theta=10000.0,
                          rope_scaling={"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0,
                                        "high_freq_factor": 4.0, "original_max_position_embeddings": 8}),
    "qwen3": config_dict("tiny", "qwen3", 16, 8, 2, 2, 1, 12, True, "f32", head_dim=6),
    "smollm3": config_dict("tiny", "smollm3", 16, 8, 2, 2, 1, 12, False, "f32", pad_token_id=None,
                           no_rope_layers=[0, 1]),
    "olmo2": config_dict("tiny", "olmo2", 16, 8, 2, 2, 1, 12, False, "f32", pad_token_id=None),
    "gemma2": config_dict("tiny", "gemma2", 16, 8, 2, 2, 1, 12, False, "f32", head_dim=6, sliding_window=3,
                          query_pre_attn_scalar=5, attn_logit_softcapping=0.8, final_logit_softcapping=1.5,
                          pad_token_id=None, hidden_activation="gelu_pytorch_tanh"),
    "gemma3_text": config_dict("tiny", "gemma3_text", 16, 8, 3, 2, 1, 12, True, "f32", head_dim=6, pad_token_id=None,
                               sliding_window=3, sliding_window_pattern=3, final_logit_softcapping=1.5,
                               hidden_activation="gelu_pytorch_tanh"),
}


def tiny_model(family, std=0.5, dtype=torch.float64):
    cfg = Config(TINY[family])
    tensors = {n: random_tensor(f"tiny/{family}/{n}", s, k, std) for n, s, k in tensor_specs(cfg)}
    return CausalLM(cfg, tensors, dtype)


def substituted_loss(m, names, tensors, sequences):
    """m's loss with parameters `names` replaced by plain `tensors` (so that gradcheck
    differentiates through them); the parameters are put back afterwards."""
    slots = [(m.get_submodule(n.rpartition(".")[0]), n.rpartition(".")[2]) for n in names]
    if m.cfg.tie_word_embeddings:  # lm_head.weight is the embedding
        slots.append((m.lm_head, "weight"))
        tensors = tuple(tensors) + (tensors[names.index("model.embed_tokens.weight")],)
    saved = [mod._parameters[attr] for mod, attr in slots]
    try:
        for (mod, attr), t in zip(slots, tensors):
            mod._parameters[attr] = t
        return m.loss(sequences)[0]
    finally:
        for (mod, attr), p in zip(slots, saved):
            mod._parameters[attr] = p


def check_gradcheck():
    for family in TINY:
        m = tiny_model(family)
        names = [n for n, _ in m.named_parameters()]
        params = [p.detach().clone().requires_grad_(True) for _, p in m.named_parameters()]
        ids = [3, 9, 1, 15, 9, 4, 0]

        def f(*ts):
            return substituted_loss(m, names, ts, [ids, ids[:4]])
        ok = torch.autograd.gradcheck(f, params, eps=1e-6, atol=1e-7, rtol=1e-5, raise_exception=False)
        count = sum(p.numel() for p in params)
        report(f"gradcheck float64 tiny {family} ({len(names)} parameters, {count} values): failures",
               0.0 if ok else 1.0, 0.0)


def check_finite_differences():
    for name in SMALL:
        m = CausalLM.load(os.path.join(MODELS, name), torch.float64)
        ids = [i % m.cfg.vocab_size for i in IDS]
        loss = m.loss([ids])[0]
        loss.backward()
        named = list(m.named_parameters())
        params = [p for _, p in named]
        g = torch.Generator().manual_seed(7)
        worst = 0.0
        for trial in range(3):
            dirs = [torch.randn(p.shape, generator=g, dtype=torch.float64) for p in params]
            if getattr(m.cfg, "pad_token_id", None) is not None:  # the padding_idx row gets no lookup gradient:
                dirs[[n for n, _ in named].index("model.embed_tokens.weight")][m.cfg.pad_token_id] = 0  # keep it still
            analytic = sum(float((p.grad * d).sum()) for p, d in zip(params, dirs))

            def central(eps):
                with torch.no_grad():
                    vals = []
                    for sign in (1, -1):
                        saved = [p.clone() for p in params]
                        for p, d in zip(params, dirs):
                            p.add_(sign * eps * d)
                        vals.append(m.loss([ids])[0].item())
                        for p, s in zip(params, saved):
                            p.copy_(s)
                return (vals[0] - vals[1]) / (2 * eps)
            # Richardson extrapolation of two central differences: error O(eps^4)
            eps = 1e-3 / math.sqrt(sum(float((d * d).sum()) for d in dirs))  # a step of 1e-3
            numeric = (4 * central(eps / 2) - central(eps)) / 3
            worst = max(worst, abs(numeric - analytic) / abs(analytic))
        report(f"{name}: directional derivative, autograd vs central differences (relative)", worst, 1e-8)


# ---- 5. facts --------------------------------------------------------------------------------

def check_facts():
    folder = os.path.join(MODELS, "qwen2_untied_sharded_bf16")
    for dtype in (torch.float32, torch.float64):
        m = CausalLM.load(folder, dtype)
        with torch.no_grad():
            for p in m.parameters():
                p.zero_()
        tol = 1e-6 if dtype == torch.float32 else 1e-15
        log_v = math.log(m.cfg.vocab_size)
        report(f"zero model loss == log V ({dtype})", abs(m.loss([IDS])[0].item() - log_v), tol)
        m = CausalLM.load(folder, dtype)
        with torch.no_grad():
            m.lm_head.weight.zero_()
        report(f"zero lm_head loss == log V ({dtype})", abs(m.loss([IDS])[0].item() - log_v), tol)

    # causality: changing the last id changes no earlier logits
    m = CausalLM.load(os.path.join(MODELS, "qwen3_bf16"), torch.float64)
    a = m.loss([IDS])[2][0]
    b = m.loss([IDS[:-1] + [1]])[2][0]
    report("causality: logits before the changed last token unchanged",
           float((a[:-1] - b[:-1]).abs().max()), 0.0)

    # symmetries, in float64, on a model with 4 query heads over 2 KV heads
    for name in ("qwen2_tied_f32", "qwen3_bf16", "llama3_f16"):
        folder = os.path.join(MODELS, name)
        base = CausalLM.load(folder, torch.float64)
        ids = [i % base.cfg.vocab_size for i in IDS]
        L0 = base.loss([ids])[0].item()
        cfg, hd = base.cfg, base.cfg.head_dim
        nrep = cfg.num_attention_heads // cfg.num_key_value_heads

        def permuted(kind):
            m = CausalLM.load(folder, torch.float64)
            with torch.no_grad():
                for layer in m.model.layers:
                    at, mlp = layer.self_attn, layer.mlp
                    if kind == "mlp":
                        g = torch.Generator().manual_seed(5)
                        perm = torch.randperm(cfg.intermediate_size, generator=g)
                        for lin in (mlp.gate_proj, mlp.up_proj):
                            lin.weight.copy_(lin.weight[perm])
                        mlp.down_proj.weight.copy_(mlp.down_proj.weight[:, perm])
                        continue
                    if kind == "q-within-group":  # swap query heads 0 and 1 (both on KV head 0)
                        qheads = [1, 0] + list(range(2, cfg.num_attention_heads))
                        kvheads = list(range(cfg.num_key_value_heads))
                    else:  # swap KV heads 0 and 1 and their query groups
                        kvheads = [1, 0] + list(range(2, cfg.num_key_value_heads))
                        qheads = [kv * nrep + r for kv in kvheads for r in range(nrep)]
                    qrows = torch.tensor([h * hd + i for h in qheads for i in range(hd)])
                    kvrows = torch.tensor([h * hd + i for h in kvheads for i in range(hd)])
                    at.q_proj.weight.copy_(at.q_proj.weight[qrows])
                    if cfg.qkv_bias:
                        at.q_proj.bias.copy_(at.q_proj.bias[qrows])
                    for lin in (at.k_proj, at.v_proj):
                        lin.weight.copy_(lin.weight[kvrows])
                        if cfg.qkv_bias:
                            lin.bias.copy_(lin.bias[kvrows])
                    at.o_proj.weight.copy_(at.o_proj.weight[:, qrows])
            return m
        for kind in ("mlp", "q-within-group", "kv-groups"):
            if kind != "mlp" and (nrep < 2 or cfg.num_key_value_heads < 2):
                continue
            m = permuted(kind)
            loss = m.loss([ids])[0]
            loss.backward()
            base.zero_grad()
            base.loss([ids])[0].backward()
            gdiff = max(abs(p.grad.norm().item() - q.grad.norm().item()) / max(q.grad.norm().item(), 1e-300)
                        for p, q in zip(m.parameters(), base.parameters()))
            report(f"{name}: permuting {kind} leaves loss and every |grad| unchanged",
                   max(abs(loss.item() - L0) / L0, gdiff), 1e-12)

    # tied gradient = untied embedding gradient + untied lm_head gradient
    folder = os.path.join(MODELS, "qwen2_tied_f32")
    tied = CausalLM.load(folder, torch.float64)
    tied.loss([IDS])[0].backward()
    tensors = {n: t.double() for n, t in safetensors_io.load(folder).items()}
    tensors["lm_head.weight"] = tensors["model.embed_tokens.weight"].clone()
    cfg = Config.load(folder)
    cfg.tie_word_embeddings = False
    untied = CausalLM(cfg, tensors, torch.float64)
    untied.loss([IDS])[0].backward()
    names = [n for n, _ in tied.named_parameters()]
    report("tied model lists the embedding once, under model.embed_tokens.weight",
           0.0 if "lm_head.weight" not in names and names[0] == "model.embed_tokens.weight" else 1.0, 0.0)
    report("tied embedding gradient == embedding + lm_head gradients of the untied copy",
           rel(tied.model.embed_tokens.weight.grad,
               untied.model.embed_tokens.weight.grad + untied.lm_head.weight.grad), 1e-14)

    # several sequences: mean loss, mean gradient
    m = CausalLM.load(folder, torch.float64)
    seqs = [IDS, IDS[2:7]]
    m.loss(seqs)[0].backward()
    both = [p.grad.clone() for p in m.parameters()]
    acc = [torch.zeros_like(p) for p in m.parameters()]
    for s in seqs:
        m.zero_grad()
        m.loss([s])[0].backward()
        acc = [a + p.grad / len(seqs) for a, p in zip(acc, m.parameters())]
    report("multi-sequence gradient == mean of per-sequence gradients",
           max(rel(a, b) for a, b in zip(both, acc)), 1e-14)


# ---- 6. float32 vs float64 -------------------------------------------------------------------

def check_precision():
    for name in SMALL:
        folder = os.path.join(MODELS, name)
        out = []
        for dtype in (torch.float32, torch.float64):
            m = CausalLM.load(folder, dtype)
            ids = [i % m.cfg.vocab_size for i in IDS]
            loss = m.loss([ids])[0]
            loss.backward()
            out.append((loss.item(), {n: p.grad.double().norm().item()
                                      for n, p in m.named_parameters() if p.ndim == 2}))
        gd = max(abs(out[0][1][n] - out[1][1][n]) / out[1][1][n] for n in out[1][1] if out[1][1][n] > 0)
        report(f"{name}: float32 vs float64 loss and 2-D |grad| (relative)",
               max(abs(out[0][0] - out[1][0]) / out[1][0], gd), 1e-4)


def main():
    torch.set_num_threads(1)
    check_safetensors()
    check_rope()
    check_numpy_forward()
    check_gradcheck()
    check_finite_differences()
    check_facts()
    check_precision()
    print(f"{'all checks passed' if failures == 0 else f'{failures} checks FAILED'}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
