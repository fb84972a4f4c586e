#!/usr/bin/env bash
# Builds the benchmark modules (no tests) and runs every benchmark in turn, bounded: about
# twenty minutes on two cores. Results land in benchmarks/results/ (one .txt per benchmark, JMH also
# .json); BENCHMARKS.md quotes them.
#
#   benchmarks/scripts/run-all.sh                        # everything
#   ONLY="router dispatch" benchmarks/scripts/run-all.sh # a subset
#   WAIT_FOR_QUIET=600 benchmarks/scripts/run-all.sh     # first wait up to 600 s for load < 0.5
set -euo pipefail
source "$(dirname "$0")/lib.sh"
HERE="$(dirname "$0")"

ALL="router dispatch validation lambda-warm lambda-warm-interleaved first-validation coldstart-lambda runtime-loop coldstart-local local-server build-cost analysis"
read -r -a STEPS <<< "${ONLY:-$ALL}"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  log "building the benchmarks and what they run (no tests)"
  (cd "$ROOT_DIR" && mvn -q -pl benchmarks/jmh,benchmarks/lambda-skiff-powertools,benchmarks/lambda-stream,benchmarks/runtime-api-timer,benchmarks/floor-local,benchmarks/build-cost,samples/items -am package -DskipTests)
fi

if [[ -n "${WAIT_FOR_QUIET:-}" ]]; then
  for _ in $(seq 1 "$WAIT_FOR_QUIET"); do
    awk '{ exit !($1 < 0.5) }' /proc/loadavg && break
    sleep 1
  done
fi

for step in "${STEPS[@]}"; do
  log "== $step (load $(cut -d' ' -f1-3 /proc/loadavg))"
  case "$step" in
    router) "$HERE/jmh.sh" RouterBenchmark ;;
    dispatch) "$HERE/jmh.sh" DispatchBenchmark -prof gc ;;
    validation) "$HERE/jmh.sh" ValidationBenchmark -prof gc ;;
    lambda-warm) "$HERE/jmh.sh" LambdaWarmBenchmark -prof gc ;;
    lambda-warm-interleaved) "$HERE/lambda-warm-interleaved.sh" ;;
    first-validation)
      for from in code json; do
        RUNS="${RUNS:-20}" FROM="${from/code/}" "$HERE/first-validation.sh"
        RUNS="${RUNS:-20}" FROM="${from/code/}" BODY=order "$HERE/first-validation.sh"
      done ;;
    coldstart-lambda) "$HERE/coldstart-lambda.sh" ;;
    runtime-loop) "$HERE/runtime-loop.sh" ;;
    coldstart-local) "$HERE/coldstart-local.sh" ;;
    local-server) "$HERE/local-server.sh" ;;
    build-cost) SKIP_BUILD=1 "$HERE/build-cost.sh" ;;
    analysis) "$HERE/analysis.sh" ;;
    *) die "unknown step $step (known: $ALL)" ;;
  esac
done
log "done; results in $RESULTS_DIR"
