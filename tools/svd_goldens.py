#!/usr/bin/python3
"""Goldens for tests/test_svd.c: float64 numpy.linalg.svd of matrices that the test rebuilds
bit for bit from a seeded splitmix64 stream (the same code is in tests/test_svd.c), so only the
recipes and four numbers per matrix are committed.

    /usr/bin/python3 tools/svd_goldens.py > tests/data/svd_goldens.txt

Each line: name kind rows cols seed sum sum_sq entropy energy, with
sum = sum(s), sum_sq = sum(s^2), entropy = -sum p log p over s > 0 with p = s/sum(s), and
energy = sum_sq/(sum + 1e-8): the original's formulas, in float64.
Kinds: random (uniform [-1, 1)), graded (random, column j times 2^-floor(20 j/(cols-1)), so from 1
down to 2^-20 ~ 1e-6), rank1 / rank3 (sums of outer products of multiples of 1/8: exact),
halfzero (random, right half of the columns zero), zero, tiny (random times 1e-12),
f32 / bf16 / f16 (random bit patterns of that storage type: sign, exponent -8..0, any mantissa),
graded_f32 / graded_bf16 (those bit patterns with column j's exponent lowered by
floor(18 j/(cols-1)): graded to 2^18 ~ 2.6e5, still exact in storage), hadamard (the Sylvester
Hadamard matrix, entry (-1)^popcount(r & c), times random signs of rows and columns: the longer
side is a power of two, so all singular values are exactly equal), hadamard_bf16 / hadamard_f16
(the same, stored: +-1 is exact), and clustered (hadamard plus 1e-6 times uniform: singular values
in a cluster of width ~1e-6).
"""
import numpy as np

MASK = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def uniform(self):  # [-1, 1), exact: a 53-bit integer times 2^-52, minus 1
        return (self.next() >> 11) * 2.0 ** -52 - 1.0

    def eighths(self):  # -1, -7/8, ..., 7/8
        return ((self.next() >> 60) - 8) / 8.0


def storage_value(rng, kind, lower=0):
    z = rng.next()
    sign, exp = z >> 63, (z >> 32) % 9 + lower  # exponent -8..0, minus the grading
    if kind == "f32":
        return np.array([(sign << 31) | ((127 - exp) << 23) | (z & 0x7FFFFF)], np.uint32).view(np.float32)[0]
    if kind == "bf16":
        bits = (sign << 15) | ((127 - exp) << 7) | (z & 0x7F)
        return np.array([bits << 16], np.uint32).view(np.float32)[0]
    bits = (sign << 15) | ((15 - exp) << 10) | (z & 0x3FF)
    return np.array([bits], np.uint16).view(np.float16)[0]


def build(kind, rows, cols, seed):
    rng = SplitMix64(seed)
    a = np.zeros((rows, cols))
    if kind in ("rank1", "rank3"):
        for _ in range(1 if kind == "rank1" else 3):
            u = [rng.eighths() for _ in range(rows)]
            v = [rng.eighths() for _ in range(cols)]
            a += np.outer(u, v)  # every product and sum is exact
        return a
    if kind.startswith("hadamard") or kind == "clustered":
        row_sign = [1.0 if rng.next() >> 63 else -1.0 for _ in range(rows)]
        col_sign = [1.0 if rng.next() >> 63 else -1.0 for _ in range(cols)]
        for r in range(rows):
            for c in range(cols):
                a[r, c] = row_sign[r] * col_sign[c] * (-1.0 if bin(r & c).count("1") % 2 else 1.0)
                if kind == "clustered":
                    a[r, c] = a[r, c] + rng.uniform() * 1e-6
        return a
    for r in range(rows):
        for c in range(cols):
            if kind in ("f32", "bf16", "f16", "graded_f32", "graded_bf16"):
                lower = (18 * c) // (cols - 1) if kind.startswith("graded_") else 0
                a[r, c] = float(storage_value(rng, kind.replace("graded_", ""), lower))
                continue
            u = rng.uniform()
            if kind == "graded":
                u = np.ldexp(u, -((20 * c) // (cols - 1)))
            elif kind == "halfzero" and c >= cols // 2:
                u = 0.0
            elif kind == "zero":
                u = 0.0
            elif kind == "tiny":
                u = u * 1e-12
            a[r, c] = u
    return a


CASES = [  # name kind rows cols seed
    ("tall", "random", 40, 25, 1),
    ("wide", "random", 20, 33, 2),
    ("square", "random", 30, 30, 3),
    ("tall_blocked", "random", 300, 200, 4),
    ("wide_odd", "random", 130, 517, 5),
    ("square_96", "random", 96, 96, 6),
    ("panels", "random", 700, 64, 7),
    ("graded", "graded", 60, 20, 8),
    ("graded_blocked", "graded", 400, 96, 9),
    ("rank1", "rank1", 40, 30, 10),
    ("rank3", "rank3", 50, 40, 11),
    ("rank3_blocked", "rank3", 200, 150, 12),
    ("halfzero", "halfzero", 40, 30, 13),
    ("zero", "zero", 10, 7, 14),
    ("tiny", "tiny", 40, 25, 15),
    ("tiny_wide", "tiny", 70, 140, 16),
    ("f32", "f32", 48, 40, 17),
    ("bf16", "bf16", 64, 100, 18),
    ("f16", "f16", 90, 33, 19),
    ("bf16_blocked", "bf16", 260, 160, 20),
    ("graded_square", "graded", 128, 128, 21),
    ("graded_f32", "graded_f32", 300, 70, 22),
    ("graded_bf16", "graded_bf16", 90, 200, 23),
    ("hadamard", "hadamard", 128, 80, 24),
    ("hadamard_wide", "hadamard", 40, 64, 25),
    ("hadamard_bf16", "hadamard_bf16", 256, 100, 26),
    ("hadamard_f16", "hadamard_f16", 64, 64, 27),
    ("clustered", "clustered", 128, 96, 28),
    ("clustered_wide", "clustered", 70, 256, 29),
]

if __name__ == "__main__":
    print("# tools/svd_goldens.py: name kind rows cols seed sum sum_sq entropy energy (numpy %s)"
          % np.__version__)
    for name, kind, rows, cols, seed in CASES:
        s = np.linalg.svd(build(kind, rows, cols, seed), compute_uv=False)
        total, total_sq = s.sum(), (s ** 2).sum()
        pos = s[s > 0]
        p = pos / pos.sum() if pos.size else pos
        entropy = float(-(p * np.log(p)).sum()) if pos.size else 0.0
        energy = 0.0 if total == 0 else total_sq / (total + 1e-8)
        print("%s %s %d %d %d %.17g %.17g %.17g %.17g" % (name, kind, rows, cols, seed, total,
                                                           total_sq, entropy, energy))
