"""original_metrics.py - the original analyzer's metric code, copied from
tools/original/thermodynamics_analyzer.py (sections 2 to 5 and the helpers) with only the
module-level script turned into functions.  It is thermo's contract for the derived columns, the
flags, the row order and the CSV text: do not "improve" it.

    thermo_records(model)              section 2: the primitives of every 2-D weight with a gradient
                                       (torch.linalg.svdvals for S, scipy.linalg.svdvals for E)
    thermo_frame(records, fixed)       sections 2 (DataFrame, sort) to 4 (flags)
    thermo_csv(records, fixed)         section 5: the text df.to_csv(index=False) writes

Command line, for metric goldens made from hand-made primitive columns:

    /usr/bin/python3 original_metrics.py [--fixed] RECORDS.json OUT.csv

RECORDS.json is a JSON list of objects with name, temperature, entropy, energy, free_energy,
W_norm and G_norm; the strings "inf", "-inf" and "nan" stand for those floats.  --fixed uses the
fixed thresholds (USE_FIXED_THRESHOLDS = True), the default the z-score ones.
"""
import json
import sys

import numpy as np
import pandas as pd

# ──────────────────── CONFIGURATION PARAMETERS (from the original) ────────────
LATENT_DT_THRESHOLD = 1e-2
LATENT_DE_THRESHOLD = 5
SUSCEPT_THRESHOLD = 1e-3   # Fixed threshold for susceptibility divergence
COMPRESS_THRESHOLD = 0.3   # Fixed threshold for high compressibility
Z_SUSCEPT_THRESHOLD = 3    # Z-score threshold (3-sigma) for susceptibility
Z_COMPRESS_THRESHOLD = 2   # Z-score threshold (2-sigma) for compressibility

COLUMNS = ["name", "temperature", "entropy", "energy", "free_energy", "W_norm", "G_norm"]


# ──────────────────── HELPER FUNCTIONS (from the original) ─────────────────────
def spectral_entropy(matrix):
    """Entropy of singular-value spectrum."""
    import torch
    try:
        s = torch.linalg.svdvals(matrix.cpu())
    except RuntimeError:  # CUDA fallback or rank-deficient
        return 0.0
    s = s[s > 0]
    if s.numel() == 0: return 0.0
    p = s / s.sum()
    return (-p * torch.log(p)).sum().item()


def curvature(matrix):
    """Proxy for 'energy' = Σσ² / Σσ."""
    from scipy.linalg import svdvals
    s = svdvals(matrix.detach().cpu().numpy())
    if s.sum() == 0: return 0.0
    return (s**2).sum() / (s.sum() + 1e-8)


def central_diff(arr: np.ndarray):
    """Central difference between neighbors."""
    return np.concatenate(([np.nan], (arr[2:] - arr[:-2]) / 2, [np.nan]))


def z_score(x):
    """Compute z-score (standardization)."""
    return (x - x.mean()) / x.std()


# ──────────────────── 2. COLLECT PER-LAYER THERMODYNAMIC PRIMITIVES ─────────────
def thermo_records(model):
    """The original's loop over model.named_parameters() after loss.backward()."""
    import torch
    records = []
    for name, param in model.named_parameters():
        if 'weight' in name and param.ndim == 2 and param.grad is not None:
            W, G = param.detach(), param.grad.detach()
            Wn, Gn = torch.norm(W).item(), torch.norm(G).item()
            T = Wn / (Gn + 1e-8) if Gn > 0 else float('inf')
            S = spectral_entropy(W)
            E = curvature(W)
            F = E - T * S  # Helmholtz-style free energy
            records.append(dict(
                name=name, temperature=T, entropy=S, energy=E,
                free_energy=F, W_norm=Wn, G_norm=Gn))
    return records


def thermo_frame(records, fixed_thresholds=False):
    """Sections 2 (frame, sort) to 4 (flags) of the original, on a list of record dicts."""
    df = pd.DataFrame(records).sort_values('name').reset_index(drop=True)

    # ──────────────────── 3. DERIVED THERMODYNAMIC-ANALOGUE METRICS ─────────────────
    df['dE'] = central_diff(df['energy'].values)
    df['dT'] = central_diff(df['temperature'].values)
    df['dG_norm'] = central_diff(df['G_norm'].values)
    df['dS'] = central_diff(df['entropy'].values)
    df['dF'] = central_diff(df['free_energy'].values)

    # Thermodynamic metrics
    df['specific_heat'] = df['dE'] / (df['dT'] + 1e-6)
    df['susceptibility'] = df['dG_norm'] / (df['dT'] + 1e-6)
    df['compressibility'] = -df['dS'] / (df['dF'] + 1e-6)

    # ──────────────────── 4. PHENOMENA DETECTION ─────────────────────────────────
    # Always use this rule for latent heat and negative specific heat
    df['latent_heat_jump'] = (df['dT'].abs() < LATENT_DT_THRESHOLD) & (df['dE'].abs() > LATENT_DE_THRESHOLD)
    df['neg_specific_heat'] = df['specific_heat'] < 0

    # Use either fixed or z-score thresholds based on configuration
    if fixed_thresholds:
        df['suscept_divergent'] = df['susceptibility'].abs() > SUSCEPT_THRESHOLD
        df['high_compress'] = df['compressibility'].abs() > COMPRESS_THRESHOLD
    else:
        df['suscept_divergent'] = z_score(df['susceptibility']).abs() > Z_SUSCEPT_THRESHOLD
        df['high_compress'] = z_score(df['compressibility']).abs() > Z_COMPRESS_THRESHOLD
    return df


# ──────────────────── 5. SAVE ───────────────────────────────────────────────────
def thermo_csv(records, fixed_thresholds=False):
    """The CSV text the original writes with df.to_csv(SAVE_PATH, index=False)."""
    return thermo_frame(records, fixed_thresholds).to_csv(index=False, lineterminator="\n")


# ──────────────────── JSON records with non-finite numbers as strings ──────────────
NONFINITE = {"inf": float("inf"), "-inf": float("-inf"), "nan": float("nan")}


def decode_nonfinite(value):
    """Turns the strings "inf", "-inf", "nan" back into floats, recursively."""
    if isinstance(value, str) and value in NONFINITE:
        return NONFINITE[value]
    if isinstance(value, list):
        return [decode_nonfinite(v) for v in value]
    if isinstance(value, dict):
        return {k: (v if k == "name" else decode_nonfinite(v)) for k, v in value.items()}
    return value


def encode_nonfinite(value):
    """Turns inf, -inf and NaN floats into the strings "inf", "-inf", "nan", recursively, so that
    json.dumps writes strict JSON (finite floats keep Python's shortest round-trip repr)."""
    if isinstance(value, float) and not np.isfinite(value):
        return "nan" if value != value else ("inf" if value > 0 else "-inf")
    if isinstance(value, list):
        return [encode_nonfinite(v) for v in value]
    if isinstance(value, dict):
        return {k: encode_nonfinite(v) for k, v in value.items()}
    return value


def main(argv):
    fixed = "--fixed" in argv
    args = [a for a in argv if a != "--fixed"]
    if len(args) != 2 or any(a.startswith("-") for a in args):
        sys.exit("usage: original_metrics.py [--fixed] RECORDS.json OUT.csv")
    with open(args[0]) as f:
        records = decode_nonfinite(json.load(f))
    for i, r in enumerate(records):
        if set(r) != set(COLUMNS):
            sys.exit(f"{args[0]}: record {i} has keys {sorted(r)}, expected {COLUMNS}")
        for k in COLUMNS[1:]:
            r[k] = float(r[k])
    records = [{k: r[k] for k in COLUMNS} for r in records]
    with np.errstate(invalid="ignore"), open(args[1], "w", newline="") as f:
        f.write(thermo_csv(records, fixed))


if __name__ == "__main__":
    main(sys.argv[1:])
