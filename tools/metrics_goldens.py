#!/usr/bin/python3
"""Goldens for section 8 (metrics) and 9 (output) of thermo.h, from independent oracles:
- tests/data/metrics/repr.txt: doubles (hex bits) and Python's repr() of each;
- tests/data/metrics/<case>.json: primitive columns (name, temperature, entropy, energy,
  free_energy, W_norm, G_norm; inf/nan as strings), and <case>.csv / <case>_fixed.csv: what the
  original's own pandas code (tools/reference/original_metrics.py) writes for them.
- <case>_depth_type.csv: thermo's own extension (--order depth --series type), computed here
  independently with pandas: rows ordered by layer then matrix type, central differences taken
  with groupby(type) along depth, the original's formulas and z-score flags otherwise.
Run: /usr/bin/python3 tools/metrics_goldens.py   (deterministic; rerun gives identical files)"""
import json, math, os, random, struct, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "reference"))
from original_metrics import thermo_frame  # the original's sections 2-5, verbatim

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "data", "metrics")
rng = random.Random(20260518)


def enc(x):
    return x if math.isfinite(x) else repr(x)  # "inf", "-inf", "nan"


def write_repr_golden():
    vals = [0.0, -0.0, 1.0, -1.0, 100.0, 1e16, 1e15, 1.5e16, 1e-4, 1e-5, 0.00012345, 1e22, 1e-300,
            5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 12.063295139280504, 0.1, 1 / 3,
            2.5e-7, 9999999999999998.0, 123456789012345678.0, 2.0**-1074 * 3, 2.0**60, 2.0**-30,
            9007199254740993.0, 0.3, 5e-5, 4.35e-5, 1e23, 8.41e21, 5.0e-324 * 7]
    for e in range(-1074, 1024, 7):  # powers of two: the lopsided rounding intervals
        vals.append(2.0**e)
    while len(vals) < 3000:
        r = rng.random()
        if r < 0.4:
            bits = rng.getrandbits(63)
            x = struct.unpack("<d", struct.pack("<Q", bits))[0]
            if not math.isfinite(x):
                continue
        elif r < 0.8:
            x = rng.gauss(0, 1) * 10.0 ** rng.randint(-25, 25)
        else:
            x = float(rng.randint(-10**6, 10**6)) / 10 ** rng.randint(0, 8)
        vals.append(x if rng.random() < 0.7 else -x)
    with open(os.path.join(OUT, "repr.txt"), "w") as f:
        for x in vals:
            f.write("%016x %s\n" % (struct.unpack("<Q", struct.pack("<d", x))[0], repr(x)))


def layer_names(n_layers):
    kinds = ["self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj", "self_attn.o_proj",
             "mlp.gate_proj", "mlp.up_proj", "mlp.down_proj"]
    names = ["model.embed_tokens.weight"]
    for l in range(n_layers):
        names += ["model.layers.%d.%s.weight" % (l, k) for k in kinds]
    return names


def record(name, T, S, E, Wn, Gn):
    return dict(name=name, temperature=T, entropy=S, energy=E, free_energy=E - T * S, W_norm=Wn,
                G_norm=Gn)


def realistic(names):
    recs = []
    for nm in names:
        Wn = rng.uniform(5, 60)
        Gn = abs(rng.gauss(0, 1)) * 10.0 ** rng.uniform(-3, 1)
        T = Wn / (Gn + 1e-8) if Gn > 0 else float("inf")
        recs.append(record(nm, T, rng.uniform(4, 7), rng.uniform(0.1, 30), Wn, Gn))
    rng.shuffle(recs)
    return recs


def cases():
    c = {}
    c["basic"] = realistic(layer_names(2))
    c["large"] = realistic(layer_names(24) + ["lm_head.weight"])  # 170 rows: pairwise sums > 128
    inf = realistic(layer_names(3))
    for i in (2, 5, 11):  # no gradient: T = inf, F = E - inf*S = -inf
        r = inf[i]
        inf[i] = record(r["name"], float("inf"), r["entropy"], r["energy"], r["W_norm"], 0.0)
    z = inf[7]  # an all-zero matrix: W = 0, S = E = 0, T = inf, F = 0 - inf*0 = nan
    inf[7] = record(z["name"], float("inf"), 0.0, 0.0, 0.0, 0.0)
    c["inf_nan"] = inf
    ties = []
    for i, nm in enumerate(layer_names(2)):  # equal values everywhere: dT = 0, std = 0
        ties.append(record(nm, 2.5, 5.0, 10.0, 3.0, 1.2))
    c["ties"] = ties
    flags = []
    for i, nm in enumerate(layer_names(3)):  # engineered jumps: latent heat, outliers
        T = 100.0 + (0.001 * i if i % 4 else 0.0)
        E = 1.0 + (40.0 if i % 6 == 3 else 0.0)
        Gn = 1.0 + (500.0 if i == 9 else 0.0)
        S = 5.0 + (3.0 if i == 14 else 0.0)
        flags.append(record(nm, T, S, E, 10.0, Gn))
    c["flags"] = flags
    c["zeros"] = [record(nm, 0.0, 0.0, 0.0, 0.0, 1.0) for nm in layer_names(1)]
    c["three"] = realistic(layer_names(1))[:3]
    c["two"] = realistic(layer_names(1))[:2]
    c["names"] = [record(nm, 1.0 + i, 2.0, 3.0 * i, 4.0, 5.0) for i, nm in enumerate(
        ["b", "a", "B", "model.layers.10.x", "model.layers.2.x", "model.layers.1.x", "Z_", "a.b",
         "a-b", "\u00e9t\u00e9", "zz"])]
    return c


KINDS = ["embed", "q", "k", "v", "o", "gate", "up", "down", "lm_head", "other"]


def classify(name):
    """(group, layer, kind) of a parameter name, as thermo_classify and --order depth see it."""
    if name == "model.embed_tokens.weight":
        return 0, -1, 0
    if name == "lm_head.weight":
        return 2, -1, 8
    parts = name.split(".")
    suffix = ".".join(parts[3:])
    table = {"self_attn.q_proj.weight": 1, "self_attn.k_proj.weight": 2, "self_attn.v_proj.weight": 3,
             "self_attn.o_proj.weight": 4, "mlp.gate_proj.weight": 5, "mlp.up_proj.weight": 6,
             "mlp.down_proj.weight": 7}
    if name.startswith("model.layers.") and parts[2].isdigit() and suffix in table:
        return 1, int(parts[2]), table[suffix]
    return 3, -1, 9


def depth_type_frame(records):
    import numpy as np
    import pandas as pd
    from original_metrics import central_diff, z_score
    df = pd.DataFrame(records)
    keys = df["name"].map(classify)
    df["_g"], df["_l"], df["_k"] = [keys.map(lambda t: t[i]) for i in range(3)]
    df = df.sort_values(["_g", "_l", "_k", "name"]).reset_index(drop=True)
    for src, dst in (("energy", "dE"), ("temperature", "dT"), ("G_norm", "dG_norm"),
                     ("entropy", "dS"), ("free_energy", "dF")):
        df[dst] = np.nan
        for _, grp in df.sort_values(["_k", "_l", "name"]).groupby("_k", sort=False):
            df.loc[grp.index, dst] = central_diff(grp[src].values) if len(grp) > 1 else np.nan
    df["specific_heat"] = df["dE"] / (df["dT"] + 1e-6)
    df["susceptibility"] = df["dG_norm"] / (df["dT"] + 1e-6)
    df["compressibility"] = -df["dS"] / (df["dF"] + 1e-6)
    df["latent_heat_jump"] = (df["dT"].abs() < 1e-2) & (df["dE"].abs() > 5)
    df["neg_specific_heat"] = df["specific_heat"] < 0
    df["suscept_divergent"] = z_score(df["susceptibility"]).abs() > 3
    df["high_compress"] = z_score(df["compressibility"]).abs() > 2
    return df.drop(columns=["_g", "_l", "_k"])


def main():
    os.makedirs(OUT, exist_ok=True)
    write_repr_golden()
    for name, recs in cases().items():
        with open(os.path.join(OUT, name + ".json"), "w") as f:
            json.dump([{k: enc(v) if isinstance(v, float) else v for k, v in r.items()} for r in recs],
                      f, indent=0, ensure_ascii=False)
            f.write("\n")
        for fixed, suffix in ((False, ""), (True, "_fixed")):
            thermo_frame(recs, fixed).to_csv(os.path.join(OUT, name + suffix + ".csv"), index=False)
        if name in ("basic", "large", "inf_nan"):
            depth_type_frame(recs).to_csv(os.path.join(OUT, name + "_depth_type.csv"), index=False)


if __name__ == "__main__":
    main()
