#!/usr/bin/env bash
# Runs one JMH benchmark class from benchmarks/jmh/target/benchmarks.jar, bounded (1 fork, short
# warm-up and measurement unless overridden), saving the text and JSON results under results/.
#
#   benchmarks/scripts/jmh.sh RouterBenchmark
#   benchmarks/scripts/jmh.sh DispatchBenchmark -prof gc
#   JMH_OPTS="-f 2 -wi 5 -i 10" benchmarks/scripts/jmh.sh ValidationBenchmark
set -euo pipefail
source "$(dirname "$0")/lib.sh"

[[ $# -ge 1 ]] || die "usage: jmh.sh <BenchmarkClass> [more JMH arguments]"
name="$1"; shift
JAR="$BENCH_DIR/jmh/target/benchmarks.jar"
need "$JAR" "mvn -pl benchmarks/jmh -am package -DskipTests"

check_quiet
log "$name on $(machine)"
# shellcheck disable=SC2086
java -jar "$JAR" "$name" ${JMH_OPTS:--f 1 -wi 3 -w 1s -i 5 -r 1s} "$@" \
    -rf json -rff "$RESULTS_DIR/$name.json" | tee "$RESULTS_DIR/$name.txt"
echo "# $(date -u +%FT%TZ) $(machine)" >> "$RESULTS_DIR/$name.txt"
