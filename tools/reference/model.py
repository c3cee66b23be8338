"""model.py - a plain-PyTorch causal decoder with Hugging Face parameter names, the oracle for
thermo's forward and backward pass.

It computes what transformers' Qwen2ForCausalLM, LlamaForCausalLM (and Mistral), Qwen3ForCausalLM,
SmolLM3ForCausalLM, Olmo2ForCausalLM, Gemma2ForCausalLM, Gemma3ForCausalLM (gemma3_text) and
Phi3ForCausalLM compute for model(ids, labels=ids).loss, with the same float32 operations in the same order,
written out in one place so that it can be read next to thermo.h:

    x = embed_tokens[ids] (* sqrt(hidden) in Gemma)              (T, C)
    for each layer:
        x = x + attn_out(o_proj(attention(rope(q), rope(k), v)))  q/k/v from attn_in(x)
        x = x + mlp_out(down_proj(act(gate_proj(h)) * up_proj(h)))   h = mlp_in(x)
    logits = softcap(lm_head(rmsnorm(x)))                        (T, V)
    loss = mean over t < T-1 of cross_entropy(logits[t], ids[t+1])

Details that match transformers (read from modeling_qwen2.py, modeling_llama.py,
modeling_qwen3.py, modular_smollm3.py, modular_olmo2.py, modeling_gemma2.py, modeling_gemma3.py,
their configuration_*.py defaults, and modeling_rope_utils.py):
  - RMSNorm: h = x.float(); h = h * rsqrt(mean(h^2) + eps); weight * h.  Gemma: h * (1 + weight)
    in float32.
  - The norms of a layer: Llama/Qwen/SmolLM3 input_layernorm (attn_in) and
    post_attention_layernorm (mlp_in); OLMo 2 post_attention_layernorm (attn_out) and
    post_feedforward_layernorm (mlp_out) and no input norms; Gemma all four (input, post_attention,
    pre_feedforward, post_feedforward).
  - RoPE, rotate-half layout: inv_freq = 1 / base^(arange(0, d, 2) as int64 -> float32 / d) in
    float32; angles = position * inv_freq in float32; cos/sin of cat(angles, angles) in float32
    (attention_scaling is 1.0 for the default, linear and llama3 types).  llama3 scaling of
    inv_freq follows _compute_llama3_parameters operation for operation, in float32; linear divides
    by factor.  SmolLM3: no RoPE on layers no_rope_layers marks 0 (absent: every
    no_rope_layer_interval-th).  Gemma 3: sliding layers use rope_local_base_freq, unscaled.
  - q_norm/k_norm: qwen3 and gemma3 over each head of q and k, olmo2 over the whole projection
    before the split into heads; before RoPE.
  - Attention: softmax(softcap(q k^T * scaling) + mask, dtype=float32), scaling head_dim^-0.5
    (Gemma: query_pre_attn_scalar^-0.5), softcap Gemma 2's attn_logit_softcapping c * tanh(x / c);
    the mask adds finfo.min above the diagonal and, on sliding layers, where the key is
    sliding_window or more positions back (masking_utils: query i sees key j when
    0 <= i - j < W); the sliding layers are Gemma's (layer_types or the pattern), all of
    Mistral's, and Qwen2/Qwen3's from max_window_layers on when use_sliding_window is set;
    grouped-query attention by repeating each KV head.
  - MLP activation: silu, or Gemma's gelu_pytorch_tanh (F.gelu approximate="tanh").
  - Gemma: embeddings times torch.tensor(hidden_size ** 0.5) in the weights' dtype (float32 here);
    final_logit_softcapping c * tanh(logits / c) before the loss.
  - Biases: qwen2 q/k/v always, o never; the others q/k/v/o when attention_bias; llama, mistral
    and smollm3 gate/up/down when mlp_bias.
  - The embedding's padding_idx is config.pad_token_id (no gradient from the lookup to that row);
    absent, the config class's default (SmolLM3 128004, OLMo 2 1, Gemma 0).
  - phi3 (modeling_phi3.py): one fused qkv_proj whose output splits into [q | k | v] and one
    gate_up_proj whose output splits into [gate | up], the MLP being down(up * silu(gate));
    partial_rotary_factor: RoPE (rotate-half) on the first int(head_dim * factor) dims of each
    head, the rest passed through; longrope scaling (_compute_longrope_parameters):
    inv_freq = 1 / (ext * base^(arange(0, d, 2) / d)) with ext the short factors while the
    sequence fits original_max_position_embeddings and the long ones beyond, and cos and sin
    multiplied by attention_factor, by default sqrt(1 + ln(max/orig) / ln(orig)) when
    max = max_position_embeddings exceeds orig = original_max_position_embeddings (else 1).
    Phi3Config's defaults: rms_norm_eps 1e-5, pad_token_id 32000, both max lengths 4096.
  - Tied embeddings: lm_head.weight IS model.embed_tokens.weight (one nn.Parameter, listed once by
    named_parameters under the embedding's name, its gradient the sum of both uses).
  - Several sequences: each runs alone (batch 1, no padding) and the loss is the mean of their
    losses (thermo's --prompts convention, not transformers' padded batch).

GPT-2 (modeling_gpt2.py) is its own decoder, GPT2LMHeadModel below:
    x = wte[ids] + wpe[positions]
    for each block: x = x + c_proj(attention(split(c_attn(ln_1(x)))))
                    x = x + mlp.c_proj(gelu_new(c_fc(ln_2(x))))
    logits = ln_f(x) @ wte^T
with Conv1D layers y = x W + b whose weight is stored (in, out), LayerNorm with a bias,
gelu_new(x) = 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))), scores divided by sqrt(head_dim),
no padding_idx on wte, and parameters named transformer.wte.weight, transformer.h.0.attn.c_attn.weight
and so on (a file's keys may lack the transformer. prefix; its attn.bias / attn.masked_bias mask
buffers are not parameters).

transformers' default attention is SDPA, which computes the same function; we write the eager
form.

Precision.  dtype=torch.float32 is the original's run (torch_dtype=float32).  dtype=torch.float64
is a higher-precision run of the same function for measuring float32 error: every operation is
float64 (transformers would cast RMSNorm and softmax back to float32; we do not), except that
inv_freq stays the float32 value transformers defines, upcast.
"""
import json
import math
import os

import torch
import torch.nn as nn
import torch.nn.functional as F

import safetensors_io


FAMILIES = ("qwen2", "llama", "mistral", "qwen3", "smollm3", "olmo2", "gemma2", "gemma3_text", "phi3")


class Config:
    """The config.json fields the decoder needs, with transformers' defaults (each family's
    configuration_*.py)."""

    def __init__(self, d):
        self.model_type = t = d.get("model_type")
        if t not in FAMILIES:
            raise ValueError(f"model_type {t!r} is not supported")
        gemma = t in ("gemma2", "gemma3_text")
        phi3 = t == "phi3"
        self.vocab_size = d["vocab_size"]
        self.hidden_size = d["hidden_size"]
        self.intermediate_size = d["intermediate_size"]
        self.num_hidden_layers = L = d["num_hidden_layers"]
        self.num_attention_heads = d["num_attention_heads"]
        self.num_key_value_heads = d.get("num_key_value_heads") or self.num_attention_heads
        self.head_dim = d.get("head_dim") or (256 if gemma else self.hidden_size // self.num_attention_heads)
        self.rms_norm_eps = d.get("rms_norm_eps", 1e-5 if t in ("olmo2", "phi3") else 1e-6)
        self.rope_theta = d.get("rope_theta", {"smollm3": 2000000.0, "gemma3_text": 1000000.0}.get(t, 10000.0))
        self.tie_word_embeddings = d.get("tie_word_embeddings", t in ("smollm3", "gemma2", "gemma3_text"))
        # nn.Embedding(vocab, hidden, padding_idx=pad_token_id): that row gets no gradient from
        # the lookup (a tied lm_head still gives it one).  None in Qwen2.5, Llama-3 and Qwen3;
        # the config classes of SmolLM3 (128004), OLMo 2 (1) and Gemma (0) default to one.
        self.pad_token_id = d.get("pad_token_id", {"smollm3": 128004, "olmo2": 1, "gemma2": 0,
                                                   "gemma3_text": 0, "phi3": 32000}.get(t))
        if self.pad_token_id is not None and self.pad_token_id >= self.vocab_size:
            self.pad_token_id = None  # a default past the vocabulary (nn.Embedding would refuse it), as thermo
        # phi3: fused projections, partial rotary, longrope
        self.fused = phi3
        self.partial_rotary_factor = d.get("partial_rotary_factor", 1.0) if phi3 else 1.0
        self.rotary_dim = int(self.head_dim * self.partial_rotary_factor)
        self.max_position_embeddings = d.get("max_position_embeddings", 4096)
        self.original_max_position_embeddings = d.get("original_max_position_embeddings", 4096)
        act = d.get("hidden_activation" if gemma else "hidden_act", "gelu_pytorch_tanh" if gemma else "silu")
        if act not in ("silu", "gelu_pytorch_tanh"):
            raise ValueError(f"activation {act!r} is not supported")
        self.act = act
        if t == "qwen2":
            self.qkv_bias, self.o_bias, self.mlp_bias = True, False, False
        elif phi3:
            self.qkv_bias, self.o_bias, self.mlp_bias = False, False, False
        else:
            bias = bool(d.get("attention_bias", False))
            self.qkv_bias, self.o_bias = bias, bias
            self.mlp_bias = bool(d.get("mlp_bias", False)) if t in ("llama", "mistral", "smollm3") else False
        # q_norm/k_norm: over each head (qwen3, gemma3_text) or the whole projection (olmo2)
        self.qk_norm = {"qwen3": "head", "gemma3_text": "head", "olmo2": "width"}.get(t)
        # the norms of a layer: Llama's two pre-norms, OLMo 2's two post-norms, Gemma's four
        sandwich = ("input_layernorm", "post_attention_layernorm", "pre_feedforward_layernorm",
                    "post_feedforward_layernorm")
        self.norms = {"olmo2": ("post_attention_layernorm", "post_feedforward_layernorm"), "gemma2": sandwich,
                      "gemma3_text": sandwich}.get(t, ("input_layernorm", "post_attention_layernorm"))
        self.norm_offset = 1.0 if gemma else 0.0  # Gemma's RMSNorm multiplies by (1 + w)
        self.embed_scale = self.hidden_size ** 0.5 if gemma else None
        self.query_pre_attn_scalar = d.get("query_pre_attn_scalar", 256) if gemma else None
        self.final_logit_softcapping = d.get("final_logit_softcapping", 30.0) if t == "gemma2" else \
            d.get("final_logit_softcapping") if t == "gemma3_text" else None
        self.attn_logit_softcapping = d.get("attn_logit_softcapping", 50.0) if t == "gemma2" else None
        # per layer: RoPE or not (smollm3's no_rope_layers), sliding window or not, local RoPE base
        self.use_rope = [True] * L
        if t == "smollm3":
            nrl = d.get("no_rope_layers")
            if nrl is None:
                interval = d.get("no_rope_layer_interval", 4)
                nrl = [int((i + 1) % interval != 0) for i in range(L)]
            self.use_rope = [bool(nrl[i]) for i in range(L)]
        self.sliding_window = None
        self.sliding = [False] * L
        self.rope_local_base_freq = None
        if gemma:
            self.sliding_window = d.get("sliding_window", 4096)
            types = d.get("layer_types")
            if types is None:
                pattern = 2 if t == "gemma2" else d.get("sliding_window_pattern", d.get("_sliding_window_pattern", 6))
                types = ["sliding_attention" if (i + 1) % pattern else "full_attention" for i in range(L)]
            self.sliding = [types[i] == "sliding_attention" for i in range(L)]
            if t == "gemma3_text":
                self.rope_local_base_freq = d.get("rope_local_base_freq", 10000.0)
        elif t in ("mistral", "qwen2", "qwen3"):
            # the layer_types MistralConfig (every layer; sliding_window 4096 by default, null for
            # none) and Qwen2Config / Qwen3Config (with use_sliding_window, the layers from
            # max_window_layers, default 28, on) derive
            if t == "mistral":
                window, first = d.get("sliding_window", 4096), 0
            else:
                window = d.get("sliding_window", 4096) if d.get("use_sliding_window", False) else None
                first = d.get("max_window_layers", 28)
            if window is not None:
                self.sliding_window = window
                self.sliding = [i >= first for i in range(L)]
        self.rope_scaling = None
        scaling = d.get("rope_scaling")
        if scaling:
            kind = scaling.get("rope_type", scaling.get("type", "default"))
            if kind == "llama3":
                self.rope_scaling = {k: scaling[k] for k in (
                    "factor", "low_freq_factor", "high_freq_factor", "original_max_position_embeddings")}
            elif kind == "linear":
                self.rope_scaling = {"linear": scaling["factor"]}
            elif phi3 and kind in ("longrope", "su", "yarn"):  # Phi3Config renames su and yarn
                self.rope_scaling = {"longrope": True, "short_factor": scaling["short_factor"],
                                     "long_factor": scaling["long_factor"],
                                     "attention_factor": scaling.get("attention_factor")}
            elif kind != "default":
                raise ValueError(f"rope_scaling type {kind!r} is not supported")

    @classmethod
    def load(cls, folder):
        with open(os.path.join(folder, "config.json")) as f:
            return cls(json.load(f))


# ---- RoPE ---------------------------------------------------------------------------------------

def rope_inv_freq(cfg, local=False, seq_len=1):
    """inv_freq (rotary_dim/2,) in float32, as transformers computes it (default, linear, llama3, or
    longrope for a sequence of seq_len tokens); local: Gemma 3's sliding layers, default RoPE of
    base rope_local_base_freq."""
    dim = cfg.rotary_dim
    base = cfg.rope_local_base_freq if local else cfg.rope_theta
    s = None if local else cfg.rope_scaling
    if s is not None and "longrope" in s:
        long = seq_len > cfg.original_max_position_embeddings
        ext = torch.tensor(s["long_factor"] if long else s["short_factor"], dtype=torch.float32)
        return 1.0 / (ext * base ** (torch.arange(0, dim, 2, dtype=torch.int64).float() / dim))
    inv_freq = 1.0 / (base ** (torch.arange(0, dim, 2, dtype=torch.int64).float() / dim))
    if s is None:
        return inv_freq
    if "linear" in s:
        return inv_freq / s["linear"]
    # llama3: long wavelengths (> ctx/low) are slowed down by `factor`, short ones (< ctx/high)
    # kept, and the band between interpolated by smooth = (ctx/wavelen - low)/(high - low).
    factor, low, high = s["factor"], s["low_freq_factor"], s["high_freq_factor"]
    ctx = s["original_max_position_embeddings"]
    wavelen = 2 * math.pi / inv_freq
    long_wave = wavelen > ctx / low
    short_wave = wavelen < ctx / high
    scaled = torch.where(long_wave, inv_freq / factor, inv_freq)
    smooth = (ctx / wavelen - low) / (high - low)
    blended = (1 - smooth) * scaled / factor + smooth * scaled
    return torch.where(~short_wave & ~long_wave, blended, scaled)


def rope_attention_factor(cfg):
    """The factor on cos and sin: longrope's attention_factor, else 1."""
    s = cfg.rope_scaling
    if s is None or "longrope" not in s:
        return 1.0
    if s["attention_factor"] is not None:
        return s["attention_factor"]
    orig = cfg.original_max_position_embeddings
    factor = cfg.max_position_embeddings / orig
    return 1.0 if factor <= 1.0 else math.sqrt(1 + math.log(factor) / math.log(orig))


def rope_cos_sin(cfg, n_positions, dtype, local=False):
    """cos, sin (T, rotary_dim) for positions 0..T-1 of a sequence of T tokens."""
    inv_freq = rope_inv_freq(cfg, local, n_positions)
    compute = torch.float64 if dtype == torch.float64 else torch.float32
    angles = torch.arange(n_positions).to(compute)[:, None] * inv_freq.to(compute)[None, :]
    emb = torch.cat((angles, angles), dim=-1)
    scale = 1.0 if local else rope_attention_factor(cfg)
    cos, sin = emb.cos(), emb.sin()
    if scale != 1.0:
        cos, sin = cos * scale, sin * scale
    return cos.to(dtype), sin.to(dtype)


def apply_rope(x, cos, sin):
    """Rotate-half RoPE on the first cos.shape[-1] dims of each head; the rest pass through."""
    d = cos.shape[-1]
    rot, rest = x[..., :d], x[..., d:]
    return torch.cat((rot * cos + rotate_half(rot) * sin, rest), dim=-1)


def rotate_half(x):
    half = x.shape[-1] // 2
    return torch.cat((-x[..., half:], x[..., :half]), dim=-1)


# ---- the modules (they only hold parameters, under Hugging Face's names) -----------------------

class Linear(nn.Module):
    def __init__(self, weight, bias=None):
        super().__init__()
        self.weight = weight
        if bias is not None:
            self.bias = bias

    def forward(self, x):
        return F.linear(x, self.weight, getattr(self, "bias", None))


class RMSNorm(nn.Module):
    def __init__(self, weight, eps, offset=0.0):
        super().__init__()
        self.weight = weight
        self.eps = eps
        self.offset = offset

    def forward(self, x):
        # Llama: weight * (x * rsqrt(mean(x^2) + eps)), the statistics in float32 (or float64);
        # Gemma (offset 1): (x * rsqrt(mean(x^2) + eps)) * (1 + weight), all in float32
        h = x.float() if x.dtype != torch.float64 else x
        variance = h.pow(2).mean(-1, keepdim=True)
        h = h * torch.rsqrt(variance + self.eps)
        if self.offset:
            return (h * (self.offset + self.weight.to(h.dtype))).to(x.dtype)
        return self.weight * h.to(x.dtype)


def softcap(x, cap):
    """Gemma's cap * tanh(x / cap), or x when cap is None."""
    return x if cap is None else torch.tanh(x / cap) * cap


class Attention(nn.Module):
    def __init__(self, cfg, take, prefix, layer):
        super().__init__()
        self.cfg = cfg
        if cfg.fused:  # phi3: o_proj, then qkv_proj, as Phi3Attention registers them
            self.o_proj = Linear(take(f"{prefix}.o_proj.weight"))
            self.qkv_proj = Linear(take(f"{prefix}.qkv_proj.weight"))
        for proj, has_bias in (() if cfg.fused else (
                ("q_proj", cfg.qkv_bias), ("k_proj", cfg.qkv_bias),
                ("v_proj", cfg.qkv_bias), ("o_proj", cfg.o_bias))):
            setattr(self, proj, Linear(take(f"{prefix}.{proj}.weight"),
                                       take(f"{prefix}.{proj}.bias") if has_bias else None))
        if cfg.qk_norm:
            self.q_norm = RMSNorm(take(f"{prefix}.q_norm.weight"), cfg.rms_norm_eps, cfg.norm_offset)
            self.k_norm = RMSNorm(take(f"{prefix}.k_norm.weight"), cfg.rms_norm_eps, cfg.norm_offset)
        self.use_rope = cfg.use_rope[layer]
        self.window = cfg.sliding_window if cfg.sliding[layer] else None
        # Llama head_dim^-0.5; Gemma query_pre_attn_scalar^-0.5
        self.scaling = (cfg.query_pre_attn_scalar or cfg.head_dim) ** -0.5

    def forward(self, x, cos, sin):
        # x (B,T,C) -> q (B,nh,T,hd), k and v (B,nkv,T,hd)
        cfg = self.cfg
        B, T, _ = x.shape
        hd = cfg.head_dim
        if cfg.fused:  # phi3: qkv (B,T,q+2kv) split into [q | k | v]
            qkv = self.qkv_proj(x)
            nq, nkv = cfg.num_attention_heads * hd, cfg.num_key_value_heads * hd
            q, k, v = qkv[..., :nq], qkv[..., nq:nq + nkv], qkv[..., nq + nkv:]
        else:
            q, k, v = self.q_proj(x), self.k_proj(x), self.v_proj(x)
        if cfg.qk_norm == "width":  # olmo2: over the whole projection, before the split into heads
            q, k = self.q_norm(q), self.k_norm(k)
        q, k = q.view(B, T, -1, hd), k.view(B, T, -1, hd)
        v = v.view(B, T, -1, hd).transpose(1, 2)
        if cfg.qk_norm == "head":  # qwen3, gemma3: each head
            q, k = self.q_norm(q), self.k_norm(k)
        q, k = q.transpose(1, 2), k.transpose(1, 2)
        if self.use_rope:
            q, k = apply_rope(q, cos, sin), apply_rope(k, cos, sin)
        # grouped-query attention: KV head j serves query heads j*n_rep .. j*n_rep+n_rep-1
        n_rep = cfg.num_attention_heads // cfg.num_key_value_heads
        k = k[:, :, None].expand(B, k.shape[1], n_rep, T, hd).reshape(B, -1, T, hd)
        v = v[:, :, None].expand(B, v.shape[1], n_rep, T, hd).reshape(B, -1, T, hd)
        # att (B,nh,T,T) = softmax(softcap(q k^T * scaling) + mask); mask = finfo.min where the key
        # is after the query, or (sliding layers) window or more positions before it
        mask = torch.full((T, T), torch.finfo(x.dtype).min, dtype=x.dtype).triu(1)
        if self.window is not None:  # (no overlap with the causal part: no overflow)
            mask = mask + torch.full((T, T), torch.finfo(x.dtype).min, dtype=x.dtype).tril(-self.window)
        att = torch.matmul(q, k.transpose(2, 3)) * self.scaling
        att = softcap(att, cfg.attn_logit_softcapping) + mask
        softmax_dtype = torch.float64 if x.dtype == torch.float64 else torch.float32
        att = F.softmax(att, dim=-1, dtype=softmax_dtype).to(q.dtype)
        y = torch.matmul(att, v).transpose(1, 2).reshape(B, T, -1)
        return self.o_proj(y)


class MLP(nn.Module):
    def __init__(self, cfg, take, prefix):
        super().__init__()
        self.fused = cfg.fused
        for proj in ("gate_up_proj", "down_proj") if cfg.fused else ("gate_proj", "up_proj", "down_proj"):
            setattr(self, proj, Linear(take(f"{prefix}.{proj}.weight"),
                                       take(f"{prefix}.{proj}.bias") if cfg.mlp_bias else None))
        self.act = F.silu if cfg.act == "silu" else lambda x: F.gelu(x, approximate="tanh")

    def forward(self, x):
        if self.fused:  # phi3: [gate | up] = gate_up_proj(x); down(up * act(gate))
            gate, up = self.gate_up_proj(x).chunk(2, dim=-1)
            return self.down_proj(up * self.act(gate))
        return self.down_proj(self.act(self.gate_proj(x)) * self.up_proj(x))


class Layer(nn.Module):
    def __init__(self, cfg, take, prefix, layer):
        super().__init__()
        # registration order = transformers' named_parameters order
        self.self_attn = Attention(cfg, take, f"{prefix}.self_attn", layer)
        self.mlp = MLP(cfg, take, f"{prefix}.mlp")
        for norm in cfg.norms:
            setattr(self, norm, RMSNorm(take(f"{prefix}.{norm}.weight"), cfg.rms_norm_eps, cfg.norm_offset))
        self.sliding = cfg.sliding[layer]
        self.family = cfg.model_type

    def forward(self, x, cos, sin):
        if self.family in ("gemma2", "gemma3_text"):  # a norm before and after attention and the MLP
            x = x + self.post_attention_layernorm(self.self_attn(self.input_layernorm(x), cos, sin))
            return x + self.post_feedforward_layernorm(self.mlp(self.pre_feedforward_layernorm(x)))
        if self.family == "olmo2":  # norms on the outputs only
            x = x + self.post_attention_layernorm(self.self_attn(x, cos, sin))
            return x + self.post_feedforward_layernorm(self.mlp(x))
        x = x + self.self_attn(self.input_layernorm(x), cos, sin)
        return x + self.mlp(self.post_attention_layernorm(x))


class Embedding(nn.Module):
    def __init__(self, weight):
        super().__init__()
        self.weight = weight


class Body(nn.Module):
    def __init__(self, cfg, take):
        super().__init__()
        self.embed_tokens = Embedding(take("model.embed_tokens.weight"))
        self.layers = nn.ModuleList(Layer(cfg, take, f"model.layers.{i}", i)
                                    for i in range(cfg.num_hidden_layers))
        self.norm = RMSNorm(take("model.norm.weight"), cfg.rms_norm_eps, cfg.norm_offset)


class CausalLM(nn.Module):
    """Build with CausalLM.load(folder) or CausalLM(cfg, {name: tensor}).  Parameters are
    nn.Parameters of `dtype` (float32 or float64) named exactly as in transformers."""

    def __init__(self, cfg, tensors, dtype=torch.float32):
        super().__init__()
        self.cfg = cfg
        self.dtype = dtype
        missing = []

        def take(name):
            t = tensors.pop(name, None)
            if t is None:
                missing.append(name)
                return None
            return nn.Parameter(t.to(dtype))

        self.model = Body(cfg, take)
        if cfg.tie_word_embeddings:
            tensors.pop("lm_head.weight", None)  # transformers ignores a stored copy when tied
            self.lm_head = Linear(self.model.embed_tokens.weight)
        else:
            self.lm_head = Linear(take("lm_head.weight"))
        if missing or tensors:
            raise ValueError(f"missing tensors {missing}, unexpected tensors {sorted(tensors)}")
        expect = {  # name suffix -> shape
            "embed_tokens.weight": (cfg.vocab_size, cfg.hidden_size),
            "q_proj.weight": (cfg.num_attention_heads * cfg.head_dim, cfg.hidden_size),
            "k_proj.weight": (cfg.num_key_value_heads * cfg.head_dim, cfg.hidden_size),
            "v_proj.weight": (cfg.num_key_value_heads * cfg.head_dim, cfg.hidden_size),
            "o_proj.weight": (cfg.hidden_size, cfg.num_attention_heads * cfg.head_dim),
            "gate_proj.weight": (cfg.intermediate_size, cfg.hidden_size),
            "up_proj.weight": (cfg.intermediate_size, cfg.hidden_size),
            "down_proj.weight": (cfg.hidden_size, cfg.intermediate_size),
            "lm_head.weight": (cfg.vocab_size, cfg.hidden_size),
            "qkv_proj.weight": ((cfg.num_attention_heads + 2 * cfg.num_key_value_heads) * cfg.head_dim,
                                cfg.hidden_size),
            "gate_up_proj.weight": (2 * cfg.intermediate_size, cfg.hidden_size),
        }
        for name, p in self.named_parameters():
            want = expect.get(".".join(name.split(".")[-2:]))
            if want is not None and tuple(p.shape) != want:
                raise ValueError(f"{name}: shape {tuple(p.shape)}, expected {want}")

    @classmethod
    def load(cls, folder, dtype=torch.float32):
        """Loads config.json and the weights (converted tensor by tensor to `dtype`); a GPT-2
        checkpoint gives a GPT2LMHeadModel."""
        tensors = {}
        for name, t in safetensors_io.iter_checkpoint(folder):
            tensors[name] = t.to(dtype)
        with open(os.path.join(folder, "config.json")) as f:
            d = json.load(f)
        if d.get("model_type") == "gpt2":
            return GPT2LMHeadModel(GPT2Config(d), tensors, dtype)
        return cls(Config(d), tensors, dtype)

    def logits(self, ids):
        """ids (T,) int64 -> logits (T, V) for one sequence."""
        cfg = self.cfg
        cos, sin = rope_cos_sin(cfg, len(ids), self.dtype)
        if cfg.rope_local_base_freq is not None:  # gemma3: sliding layers use the local base
            local = rope_cos_sin(cfg, len(ids), self.dtype, local=True)
        x = F.embedding(ids[None], self.model.embed_tokens.weight, padding_idx=cfg.pad_token_id)
        if cfg.embed_scale is not None:  # Gemma: times sqrt(hidden), a tensor of the weights' dtype
            x = x * torch.tensor(cfg.embed_scale, dtype=self.dtype)
        for layer in self.model.layers:
            if cfg.rope_local_base_freq is not None and layer.sliding:
                x = layer(x, *local)
            else:
                x = layer(x, cos, sin)
        return softcap(self.lm_head(self.model.norm(x)), cfg.final_logit_softcapping)[0]

    def sequence_loss(self, ids):
        """(loss, logits) of one sequence: mean cross-entropy of logits[t] against ids[t+1]."""
        ids = torch.as_tensor(ids, dtype=torch.int64)
        if ids.ndim != 1 or len(ids) < 2 or ids.min() < 0 or ids.max() >= self.cfg.vocab_size:
            raise ValueError(f"a sequence needs at least 2 ids in [0, {self.cfg.vocab_size}), got {ids.tolist()}")
        logits = self.logits(ids)
        loss_dtype = torch.float64 if self.dtype == torch.float64 else torch.float32
        loss = F.cross_entropy(logits[:-1].to(loss_dtype), ids[1:])
        return loss, logits

    def loss(self, sequences):
        """(mean of the per-sequence losses, [losses], [logits]) for a list of id sequences."""
        results = [self.sequence_loss(s) for s in sequences]
        losses = [r[0] for r in results]
        return torch.stack(losses).mean(), losses, [r[1] for r in results]


# ---- GPT-2 (modeling_gpt2.py) ------------------------------------------------------------------

class GPT2Config:
    """GPT2Config's keys (n_embd, n_layer, n_head, n_positions, n_inner; or their attribute_map
    aliases hidden_size, num_hidden_layers, num_attention_heads, max_position_embeddings)."""

    def __init__(self, d):
        def key(name, alias, default):
            return d[name] if d.get(name) is not None else d.get(alias, default)
        self.model_type = "gpt2"
        self.vocab_size = d.get("vocab_size", 50257)
        self.hidden_size = key("n_embd", "hidden_size", 768)
        self.num_hidden_layers = key("n_layer", "num_hidden_layers", 12)
        self.num_attention_heads = key("n_head", "num_attention_heads", 12)
        self.n_positions = key("n_positions", "max_position_embeddings", 1024)
        self.intermediate_size = d.get("n_inner") or 4 * self.hidden_size
        self.head_dim = self.hidden_size // self.num_attention_heads
        self.eps = d.get("layer_norm_epsilon", 1e-5)
        self.tie_word_embeddings = d.get("tie_word_embeddings", True)
        for k, want in (("activation_function", "gelu_new"), ("scale_attn_weights", True),
                        ("scale_attn_by_inverse_layer_idx", False), ("add_cross_attention", False)):
            if d.get(k, want) != want:
                raise ValueError(f"{k} {d[k]!r} is not supported")


def gelu_new(x):
    """NewGELUActivation: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))."""
    return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * torch.pow(x, 3.0))))


class Conv1D(nn.Module):
    """y = x W + b with W stored (in, out) (transformers' pytorch_utils.Conv1D)."""

    def __init__(self, weight, bias):
        super().__init__()
        self.weight = weight
        self.bias = bias

    def forward(self, x):
        shape = x.shape[:-1] + (self.weight.shape[1],)
        return torch.addmm(self.bias, x.reshape(-1, x.shape[-1]), self.weight).view(shape)


class LayerNorm(nn.Module):
    def __init__(self, weight, bias, eps):
        super().__init__()
        self.weight = weight
        self.bias = bias
        self.eps = eps

    def forward(self, x):
        return F.layer_norm(x, (x.shape[-1],), self.weight, self.bias, self.eps)


class GPT2Attention(nn.Module):
    def __init__(self, cfg, take, prefix):
        super().__init__()
        self.cfg = cfg
        self.c_attn = Conv1D(take(f"{prefix}.c_attn.weight"), take(f"{prefix}.c_attn.bias"))
        self.c_proj = Conv1D(take(f"{prefix}.c_proj.weight"), take(f"{prefix}.c_proj.bias"))

    def forward(self, x):
        cfg = self.cfg
        B, T, C = x.shape
        nh, hd = cfg.num_attention_heads, cfg.head_dim
        q, k, v = self.c_attn(x).split(C, dim=2)
        q, k, v = (z.view(B, T, nh, hd).permute(0, 2, 1, 3) for z in (q, k, v))
        w = torch.matmul(q, k.transpose(-1, -2))
        w = w / torch.full([], v.size(-1) ** 0.5, dtype=w.dtype)
        causal = torch.tril(torch.ones((T, T), dtype=torch.bool))
        w = torch.where(causal, w, torch.full([], torch.finfo(w.dtype).min, dtype=w.dtype))
        w = F.softmax(w, dim=-1).type(v.dtype)
        y = torch.matmul(w, v).permute(0, 2, 1, 3).reshape(B, T, C)
        return self.c_proj(y)


class GPT2MLP(nn.Module):
    def __init__(self, take, prefix):
        super().__init__()
        self.c_fc = Conv1D(take(f"{prefix}.c_fc.weight"), take(f"{prefix}.c_fc.bias"))
        self.c_proj = Conv1D(take(f"{prefix}.c_proj.weight"), take(f"{prefix}.c_proj.bias"))

    def forward(self, x):
        return self.c_proj(gelu_new(self.c_fc(x)))


class GPT2Block(nn.Module):
    def __init__(self, cfg, take, prefix):
        super().__init__()
        self.ln_1 = LayerNorm(take(f"{prefix}.ln_1.weight"), take(f"{prefix}.ln_1.bias"), cfg.eps)
        self.attn = GPT2Attention(cfg, take, f"{prefix}.attn")
        self.ln_2 = LayerNorm(take(f"{prefix}.ln_2.weight"), take(f"{prefix}.ln_2.bias"), cfg.eps)
        self.mlp = GPT2MLP(take, f"{prefix}.mlp")

    def forward(self, x):
        x = self.attn(self.ln_1(x)) + x
        return x + self.mlp(self.ln_2(x))


class GPT2Model(nn.Module):
    def __init__(self, cfg, take):
        super().__init__()
        self.wte = Embedding(take("transformer.wte.weight"))
        self.wpe = Embedding(take("transformer.wpe.weight"))
        self.h = nn.ModuleList(GPT2Block(cfg, take, f"transformer.h.{i}") for i in range(cfg.num_hidden_layers))
        self.ln_f = LayerNorm(take("transformer.ln_f.weight"), take("transformer.ln_f.bias"), cfg.eps)


class GPT2LMHeadModel(CausalLM):
    """GPT2LMHeadModel: parameters named as its named_parameters (transformer.wte.weight, ...)
    whether or not the file's keys carry the transformer. prefix; lm_head is wte (always tied in
    the checkpoints thermo reads: a stored lm_head.weight is ignored, as transformers does)."""

    def __init__(self, cfg, tensors, dtype=torch.float32):
        nn.Module.__init__(self)
        self.cfg = cfg
        self.dtype = dtype
        missing = []
        for name in list(tensors):  # the causal-mask buffers are not parameters
            if name.endswith(".attn.bias") or name.endswith(".attn.masked_bias"):
                del tensors[name]
        if not cfg.tie_word_embeddings:
            raise ValueError("an untied GPT-2 lm_head is not supported")

        def take(name):
            t = tensors.pop(name, None)
            if t is None:
                t = tensors.pop(name[len("transformer."):], None)
            if t is None:
                missing.append(name)
                return None
            return nn.Parameter(t.to(dtype))

        self.transformer = GPT2Model(cfg, take)
        tensors.pop("lm_head.weight", None)
        self.lm_head = Linear(self.transformer.wte.weight)
        if missing or tensors:
            raise ValueError(f"missing tensors {missing}, unexpected tensors {sorted(tensors)}")

    def logits(self, ids):
        T = len(ids)
        if T > self.cfg.n_positions:
            raise ValueError(f"{T} tokens, more than n_positions {self.cfg.n_positions}")
        x = F.embedding(ids[None], self.transformer.wte.weight) + \
            F.embedding(torch.arange(T)[None], self.transformer.wpe.weight)
        for block in self.transformer.h:
            x = block(x)
        return self.lm_head(self.transformer.ln_f(x))[0]
