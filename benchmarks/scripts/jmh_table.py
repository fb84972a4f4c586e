#!/usr/bin/env python3
"""Turns a JMH JSON result (benchmarks/results/<Name>.json) into the Markdown table BENCHMARKS.md
quotes: the median of the measurement iterations (all forks) with their min-max, JMH's mean
with its 99.9% error, allocation per operation when -prof gc ran, and each row's ratio of
medians against a chosen floor row. Medians, because on a shared two-core machine one
disturbed iteration moves a mean a long way.

    benchmarks/scripts/jmh_table.py benchmarks/results/RouterBenchmark.json --floor router=switch-10
    benchmarks/scripts/jmh_table.py benchmarks/results/DispatchBenchmark.json --floor method=handWritten
"""
import argparse
import json


def row_key(result):
    method = result["benchmark"].rsplit(".", 1)[1]
    params = result.get("params", {})
    return method, params


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("json")
    parser.add_argument("--floor", help="which rows are the floor: method=NAME or PARAM=VALUE; "
                                        "rows are compared with the floor row that shares their other keys")
    args = parser.parse_args()
    with open(args.json) as f:
        results = json.load(f)

    rows = []
    for r in results:
        method, params = row_key(r)
        m = r["primaryMetric"]
        raw = [v for fork in m.get("rawData", []) for v in fork]
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        error = m["scoreError"] if isinstance(m["scoreError"], (int, float)) else float("nan")
        ordered = sorted(raw)
        median = (ordered[len(ordered) // 2] if len(ordered) % 2
                  else (ordered[len(ordered) // 2 - 1] + ordered[len(ordered) // 2]) / 2) if ordered else m["score"]
        rows.append({"method": method, "params": params, "mean": m["score"], "score": median, "error": error,
                     "unit": m["scoreUnit"], "min": min(raw) if raw else m["score"],
                     "max": max(raw) if raw else m["score"], "alloc": alloc})

    def floor_of(row):
        if not args.floor:
            return None
        key, value = args.floor.split("=", 1)
        for other in rows:
            if key == "method":
                if other["method"] == value and other["params"] == row["params"]:
                    return other
            else:
                same = {k: v for k, v in row["params"].items() if k != key}
                other_same = {k: v for k, v in other["params"].items() if k != key}
                if other["method"] == row["method"] and other["params"].get(key) == value and same == other_same:
                    return other
        return None

    param_names = sorted({k for row in rows for k in row["params"]})
    header = ["benchmark"] + param_names + ["median", "min-max", "mean ± error", "unit", "B/op", "vs floor"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        floor = floor_of(row)
        ratio = ""
        if floor is not None and floor is not row:
            # throughput: higher is better, so Skiff/floor; time per op: floor/Skiff reads the same way
            if row["unit"].endswith("/s"):
                ratio = "%.2f×" % (row["score"] / floor["score"])
            else:
                ratio = "%.2f× the time" % (row["score"] / floor["score"])
        elif floor is row:
            ratio = "floor"
        cells = [row["method"]] + [row["params"].get(p, "") for p in param_names] + [
            "%.1f" % row["score"], "%.1f–%.1f" % (row["min"], row["max"]),
            "%.1f ± %.1f" % (row["mean"], row["error"]) if row["error"] == row["error"] else "%.1f" % row["mean"],
            row["unit"],
            "%.0f" % row["alloc"] if row["alloc"] is not None else "", ratio]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
