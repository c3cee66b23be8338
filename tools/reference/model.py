"""model.py - a plain-PyTorch causal decoder with Hugging Face parameter names, the oracle for
thermo's forward and backward pass.

It computes what transformers' Qwen2ForCausalLM, LlamaForCausalLM (and Mistral) and
Qwen3ForCausalLM compute for model(ids, labels=ids).loss, with the same float32 operations in the
same order, written out in one place so that it can be read next to thermo.h:

    x = embed_tokens[ids]                                        (T, C)
    for each layer:
        x = x + o_proj(attention(rope(q), rope(k), v))           q/k/v from rmsnorm(x)
        x = x + down_proj(silu(gate_proj(h)) * up_proj(h))       h = rmsnorm(x)
    logits = lm_head(rmsnorm(x))                                 (T, V)
    loss = mean over t < T-1 of cross_entropy(logits[t], ids[t+1])

Details that match transformers (read from modeling_qwen2.py, modeling_llama.py,
modeling_qwen3.py and modeling_rope_utils.py):
  - RMSNorm: h = x.float(); h = h * rsqrt(mean(h^2) + eps); weight * h.
  - RoPE, rotate-half layout: inv_freq = 1 / base^(arange(0, d, 2) as int64 -> float32 / d) in
    float32; angles = position * inv_freq in float32; cos/sin of cat(angles, angles) in float32
    (attention_scaling is 1.0 for the default and llama3 types).  llama3 scaling of inv_freq
    follows _compute_llama3_parameters operation for operation, in float32.
  - qwen3: RMSNorm over each head of q and of k (q_norm, k_norm) before RoPE.
  - Attention: softmax(q k^T * head_dim^-0.5 + causal mask, dtype=float32), the mask adding
    finfo.min above the diagonal; grouped-query attention by repeating each KV head n_rep times.
  - Biases: qwen2 q/k/v always, o never; llama/mistral/qwen3 q/k/v/o when attention_bias; llama
    gate/up/down when mlp_bias.
  - The embedding's padding_idx is config.pad_token_id (no gradient from the lookup to that row).
  - Tied embeddings: lm_head.weight IS model.embed_tokens.weight (one nn.Parameter, listed once by
    named_parameters under the embedding's name, its gradient the sum of both uses).
  - Several sequences: each runs alone (batch 1, no padding) and the loss is the mean of their
    losses (thermo's --prompts convention, not transformers' padded batch).

transformers' default attention is SDPA, which computes the same function; we write the eager
form.  Sliding windows (Qwen2/Mistral) are ignored: they only matter for prompts longer than the
window.

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


class Config:
    """The config.json fields the decoder needs, with transformers' defaults."""

    def __init__(self, d):
        self.model_type = d.get("model_type")
        if self.model_type not in ("qwen2", "llama", "mistral", "qwen3"):
            raise ValueError(f"model_type {self.model_type!r} is not supported")
        self.vocab_size = d["vocab_size"]
        self.hidden_size = d["hidden_size"]
        self.intermediate_size = d["intermediate_size"]
        self.num_hidden_layers = d["num_hidden_layers"]
        self.num_attention_heads = d["num_attention_heads"]
        self.num_key_value_heads = d.get("num_key_value_heads") or self.num_attention_heads
        self.head_dim = d.get("head_dim") or self.hidden_size // self.num_attention_heads
        self.rms_norm_eps = d.get("rms_norm_eps", 1e-6)
        self.rope_theta = d.get("rope_theta", 10000.0)
        self.tie_word_embeddings = d.get("tie_word_embeddings", False)
        # nn.Embedding(vocab, hidden, padding_idx=pad_token_id): that row gets no gradient from
        # the lookup (a tied lm_head still gives it one).  None in Qwen2.5, Llama-3 and Qwen3.
        self.pad_token_id = d.get("pad_token_id")
        if d.get("hidden_act", "silu") != "silu":
            raise ValueError(f"hidden_act {d['hidden_act']!r} is not supported")
        if self.model_type == "qwen2":
            self.qkv_bias, self.o_bias, self.mlp_bias = True, False, False
        else:
            bias = bool(d.get("attention_bias", False))
            self.qkv_bias, self.o_bias = bias, bias
            self.mlp_bias = bool(d.get("mlp_bias", False)) if self.model_type == "llama" else False
        self.qk_norm = self.model_type == "qwen3"
        self.rope_scaling = None
        scaling = d.get("rope_scaling")
        if scaling:
            kind = scaling.get("rope_type", scaling.get("type", "default"))
            if kind == "llama3":
                self.rope_scaling = {k: scaling[k] for k in (
                    "factor", "low_freq_factor", "high_freq_factor", "original_max_position_embeddings")}
            elif kind != "default":
                raise ValueError(f"rope_scaling type {kind!r} is not supported")

    @classmethod
    def load(cls, folder):
        with open(os.path.join(folder, "config.json")) as f:
            return cls(json.load(f))


# ---- RoPE ---------------------------------------------------------------------------------------

def rope_inv_freq(cfg):
    """inv_freq (head_dim/2,) in float32, as transformers computes it (default or llama3)."""
    dim = cfg.head_dim
    inv_freq = 1.0 / (cfg.rope_theta ** (torch.arange(0, dim, 2, dtype=torch.int64).float() / dim))
    s = cfg.rope_scaling
    if s is None:
        return inv_freq
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


def rope_cos_sin(cfg, n_positions, dtype):
    """cos, sin (T, head_dim) for positions 0..T-1."""
    inv_freq = rope_inv_freq(cfg)
    compute = torch.float64 if dtype == torch.float64 else torch.float32
    angles = torch.arange(n_positions).to(compute)[:, None] * inv_freq.to(compute)[None, :]
    emb = torch.cat((angles, angles), dim=-1)
    return emb.cos().to(dtype), emb.sin().to(dtype)


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
    def __init__(self, weight, eps):
        super().__init__()
        self.weight = weight
        self.eps = eps

    def forward(self, x):
        # out = weight * (x * rsqrt(mean(x^2) + eps)), the statistics in float32 (or float64)
        h = x.float() if x.dtype != torch.float64 else x
        variance = h.pow(2).mean(-1, keepdim=True)
        h = h * torch.rsqrt(variance + self.eps)
        return self.weight * h.to(x.dtype)


class Attention(nn.Module):
    def __init__(self, cfg, take, prefix):
        super().__init__()
        self.cfg = cfg
        for proj, has_bias in (("q_proj", cfg.qkv_bias), ("k_proj", cfg.qkv_bias),
                               ("v_proj", cfg.qkv_bias), ("o_proj", cfg.o_bias)):
            setattr(self, proj, Linear(take(f"{prefix}.{proj}.weight"),
                                       take(f"{prefix}.{proj}.bias") if has_bias else None))
        if cfg.qk_norm:
            self.q_norm = RMSNorm(take(f"{prefix}.q_norm.weight"), cfg.rms_norm_eps)
            self.k_norm = RMSNorm(take(f"{prefix}.k_norm.weight"), cfg.rms_norm_eps)

    def forward(self, x, cos, sin):
        # x (B,T,C) -> q (B,nh,T,hd), k and v (B,nkv,T,hd)
        cfg = self.cfg
        B, T, _ = x.shape
        hd = cfg.head_dim
        q = self.q_proj(x).view(B, T, -1, hd)
        k = self.k_proj(x).view(B, T, -1, hd)
        v = self.v_proj(x).view(B, T, -1, hd).transpose(1, 2)
        if cfg.qk_norm:
            q, k = self.q_norm(q), self.k_norm(k)
        q, k = q.transpose(1, 2), k.transpose(1, 2)
        q = q * cos + rotate_half(q) * sin
        k = k * cos + rotate_half(k) * sin
        # grouped-query attention: KV head j serves query heads j*n_rep .. j*n_rep+n_rep-1
        n_rep = cfg.num_attention_heads // cfg.num_key_value_heads
        k = k[:, :, None].expand(B, k.shape[1], n_rep, T, hd).reshape(B, -1, T, hd)
        v = v[:, :, None].expand(B, v.shape[1], n_rep, T, hd).reshape(B, -1, T, hd)
        # att (B,nh,T,T) = softmax(q k^T * hd^-0.5 + mask); mask = finfo.min where key > query
        mask = torch.full((T, T), torch.finfo(x.dtype).min, dtype=x.dtype).triu(1)
        att = torch.matmul(q, k.transpose(2, 3)) * hd ** -0.5 + mask
        softmax_dtype = torch.float64 if x.dtype == torch.float64 else torch.float32
        att = F.softmax(att, dim=-1, dtype=softmax_dtype).to(q.dtype)
        y = torch.matmul(att, v).transpose(1, 2).reshape(B, T, -1)
        return self.o_proj(y)


class MLP(nn.Module):
    def __init__(self, cfg, take, prefix):
        super().__init__()
        for proj in ("gate_proj", "up_proj", "down_proj"):
            setattr(self, proj, Linear(take(f"{prefix}.{proj}.weight"),
                                       take(f"{prefix}.{proj}.bias") if cfg.mlp_bias else None))

    def forward(self, x):
        return self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))


class Layer(nn.Module):
    def __init__(self, cfg, take, prefix):
        super().__init__()
        # registration order = transformers' named_parameters order
        self.self_attn = Attention(cfg, take, f"{prefix}.self_attn")
        self.mlp = MLP(cfg, take, f"{prefix}.mlp")
        self.input_layernorm = RMSNorm(take(f"{prefix}.input_layernorm.weight"), cfg.rms_norm_eps)
        self.post_attention_layernorm = RMSNorm(take(f"{prefix}.post_attention_layernorm.weight"),
                                                cfg.rms_norm_eps)

    def forward(self, x, cos, sin):
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
        self.layers = nn.ModuleList(Layer(cfg, take, f"model.layers.{i}")
                                    for i in range(cfg.num_hidden_layers))
        self.norm = RMSNorm(take("model.norm.weight"), cfg.rms_norm_eps)


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
        }
        for name, p in self.named_parameters():
            want = expect.get(".".join(name.split(".")[-2:]))
            if want is not None and tuple(p.shape) != want:
                raise ValueError(f"{name}: shape {tuple(p.shape)}, expected {want}")

    @classmethod
    def load(cls, folder, dtype=torch.float32):
        """Loads config.json and the weights (converted tensor by tensor to `dtype`)."""
        tensors = {}
        for name, t in safetensors_io.iter_checkpoint(folder):
            tensors[name] = t.to(dtype)
        return cls(Config.load(folder), tensors, dtype)

    def logits(self, ids):
        """ids (T,) int64 -> logits (T, V) for one sequence."""
        cos, sin = rope_cos_sin(self.cfg, len(ids), self.dtype)
        x = F.embedding(ids[None], self.model.embed_tokens.weight,
                        padding_idx=self.cfg.pad_token_id)
        for layer in self.model.layers:
            x = layer(x, cos, sin)
        return self.lm_head(self.model.norm(x))[0]

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
