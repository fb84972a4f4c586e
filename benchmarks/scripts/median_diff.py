#!/usr/bin/env python3
"""The difference of two samples' medians with a 95% bootstrap confidence interval: whether a
difference is measurable at this sample size. Reads one number per line from each file.

    benchmarks/scripts/median_diff.py skiff.txt baseline.txt
    -> median_diff 1.30 ci95 -2.10 4.85 (n=20, 20) not measurable

An interval that contains 0 means the runs cannot tell the two apart ("not measurable").
"""
import random
import statistics
import sys


def read(path):
    with open(path) as f:
        return [float(line) for line in f if line.strip()]


def main():
    a, b = read(sys.argv[1]), read(sys.argv[2])
    rng = random.Random(7)  # fixed, so a result file can be reproduced from its inputs
    diffs = sorted(statistics.median(rng.choices(a, k=len(a))) - statistics.median(rng.choices(b, k=len(b)))
                   for _ in range(10000))
    low, high = diffs[249], diffs[9749]
    verdict = "not measurable" if low <= 0 <= high else "measurable"
    print(f"median_diff {statistics.median(a) - statistics.median(b):.2f} ci95 {low:.2f} {high:.2f} "
          f"(n={len(a)}, {len(b)}) {verdict}")


if __name__ == "__main__":
    main()
