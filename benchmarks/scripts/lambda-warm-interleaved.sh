#!/usr/bin/env bash
# Warm Lambda invocations with the two sides interleaved fork by fork: JMH runs one parameter's
# forks after the other's, so a slow spell on a shared machine lands on one side only. Here
# each round runs one Skiff fork, then one floor fork (the order alternates), $PAIRS rounds;
# the figure per side is the median of every measured iteration of its forks.
#
#   benchmarks/scripts/lambda-warm-interleaved.sh     # PAIRS=8, 6 warm-up + 4 measured 1 s iterations
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PAIRS="${PAIRS:-8}"
JAR="$BENCH_DIR/jmh/target/benchmarks.jar"
need "$JAR" "mvn -pl benchmarks/jmh -am package -DskipTests"
WORK="$(mktemp -d /tmp/skiff-lambda-warm.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

fork() { # handler round
  java -jar "$JAR" LambdaWarmBenchmark -p handler="$1" -f 1 -wi 6 -w 1s -i 4 -r 1s \
      -rf json -rff "$WORK/$1-$2.json" > "$WORK/$1-$2.txt" 2>&1
}

check_quiet
log "LambdaWarmBenchmark interleaved, $PAIRS pairs, on $(machine)"
for i in $(seq 1 "$PAIRS"); do
  if (( i % 2 )); then fork skiff "$i"; fork floor "$i"; else fork floor "$i"; fork skiff "$i"; fi
done

python3 - "$WORK" "$PAIRS" <<'PY' | tee "$RESULTS_DIR/lambda-warm-interleaved.txt"
import json, statistics, sys
work, pairs = sys.argv[1], int(sys.argv[2])
def iterations(side, i):
    return json.load(open(f"{work}/{side}-{i}.json"))[0]["primaryMetric"]["rawData"][0]
print("# lambda-warm-interleaved: one fork per side per round, 6 warm-up + 4 measured 1 s iterations")
medians = {}
for side in ("skiff", "floor"):
    rounds = [iterations(side, i) for i in range(1, pairs + 1)]
    everything = [v for r in rounds for v in r]
    medians[side] = statistics.median(everything)
    print(f"{side} median {medians[side]:.1f} ops/s over {len(everything)} iterations; "
          f"per fork: {' '.join(f'{statistics.median(r):.0f}' for r in rounds)}")
ratios = [statistics.median(iterations("skiff", i)) / statistics.median(iterations("floor", i))
          for i in range(1, pairs + 1)]
print(f"ratio skiff/floor of medians {medians['skiff'] / medians['floor']:.2f}; "
      f"per round: {' '.join(f'{r:.2f}' for r in ratios)}; median of rounds {statistics.median(ratios):.2f}")
PY
echo "# $(date -u +%FT%TZ) $(machine)" >> "$RESULTS_DIR/lambda-warm-interleaved.txt"
