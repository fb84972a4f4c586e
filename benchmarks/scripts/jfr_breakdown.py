#!/usr/bin/env python3
"""Where a warm loop spends its CPU: reads `jfr print --stack-depth 512 --events jdk.ExecutionSample` output and
prints the methods most often on the stack (inclusive), optionally only those whose name
contains one of the given prefixes, with their share of the samples under a root method.

    jfr print --stack-depth 512 --events jdk.ExecutionSample run.jfr > samples.txt
    benchmarks/scripts/jfr_breakdown.py samples.txt --root handleRequest --only dev.skiff,com.fasterxml,org.slf4j
"""
import argparse
import collections
import re


def stacks(text):
    for event in text.split("jdk.ExecutionSample")[1:]:
        match = re.search(r"stackTrace = \[(.*?)\n\s*\]", event, re.S)
        if not match:
            continue
        frames = []
        for line in match.group(1).strip().split("\n"):
            line = line.strip()
            if line and not line.startswith("..."):
                frames.append(re.sub(r"\(.*", "", line))
        if frames:
            yield frames


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("samples")
    parser.add_argument("--root", default="", help="count only samples with a frame containing this")
    parser.add_argument("--only", default="", help="comma-separated name prefixes to list")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    with open(args.samples) as f:
        text = f.read()
    inclusive = collections.Counter()
    total = 0
    for frames in stacks(text):
        if args.root and not any(args.root in frame for frame in frames):
            continue
        total += 1
        for name in set(frames):
            inclusive[name] += 1
    prefixes = [p for p in args.only.split(",") if p]
    print("samples under %s: %d" % (args.root or "any", total))
    shown = 0
    for name, count in inclusive.most_common():
        if prefixes and not any(name.startswith(p) for p in prefixes):
            continue
        print("%5.1f%%  %s" % (100.0 * count / max(total, 1), name))
        shown += 1
        if shown == args.top:
            break


if __name__ == "__main__":
    main()
