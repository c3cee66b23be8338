#!/usr/bin/python3
"""compare_csv.py A.csv B.csv: column-by-column agreement of two thermo/original CSVs (same row
names): the largest relative difference of each numeric column and the flag disagreements."""
import math
import sys

import pandas as pd


def main(a_path, b_path):
    a = pd.read_csv(a_path, comment="#").set_index("name").sort_index()
    b = pd.read_csv(b_path, comment="#").set_index("name").sort_index()
    if list(a.index) != list(b.index):
        print("row names differ: %d vs %d rows" % (len(a), len(b)))
        return 1
    for col in a.columns:
        if a[col].dtype == bool or b[col].dtype == bool:
            print("%-18s %d rows disagree" % (col, int((a[col] != b[col]).sum())))
            continue
        worst = 0.0
        for x, y in zip(a[col], b[col]):
            if (math.isnan(x) and math.isnan(y)) or x == y:
                continue
            worst = max(worst, abs(x - y) / max(abs(x), abs(y), 1e-30))
        print("%-18s max rel diff %.3g" % (col, worst))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
