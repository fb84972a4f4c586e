#!/usr/bin/env bash
# Where a warm Lambda handler spends its CPU: runs $INVOKES invocations of the orders event in
# one JVM under Java Flight Recorder and lists the methods most often on the stack under
# handleRequest. Targets as in coldstart-lambda.sh (floor, skiff, skiff-powertools).
#
#   benchmarks/scripts/profile-lambda.sh skiff          # INVOKES=200000
set -euo pipefail
source "$(dirname "$0")/lib.sh"

target="${1:-skiff}"
INVOKES="${INVOKES:-200000}"
WORK="$(mktemp -d /tmp/skiff-profile.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
case "$target" in
  floor) cp="$BENCH_DIR/floor-lambda/target/classes:$BENCH_DIR/floor-lambda/target/lambda/lib/*"
         main=dev.skiff.bench.floor.lambda.FloorLambdaMain; root=FloorLambdaHandler.handleRequest ;;
  skiff) cp="$BENCH_DIR/lambda-skiff/target/classes:$BENCH_DIR/lambda-skiff/target/lambda/lib/*"
         main=dev.skiff.bench.lambda.SkiffLambdaMain; root=SkiffLambdaHandler.handleRequest ;;
  skiff-powertools) cp="$BENCH_DIR/lambda-skiff-powertools/target/lambda/lib/*"
         main=dev.skiff.bench.lambda.SkiffLambdaMain; root=SkiffLambdaHandler.handleRequest ;;
  *) die "unknown target $target" ;;
esac

POWERTOOLS_SERVICE_NAME=bench POWERTOOLS_METRICS_NAMESPACE=bench AWS_LAMBDA_FUNCTION_NAME=bench AWS_EMF_ENVIRONMENT=Lambda \
  java -XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=filename="$WORK/run.jfr",settings=profile -cp "$cp" "$main" \
  "$BENCH_DIR/events/orders-post-v2.json" "$INVOKES" 2>&1 >/dev/null | grep '^RESULT'
jfr print --stack-depth 512 --events jdk.ExecutionSample "$WORK/run.jfr" > "$WORK/samples.txt"
python3 "$(dirname "$0")/jfr_breakdown.py" "$WORK/samples.txt" --root "$root" \
  --only dev.skiff,com.fasterxml,org.slf4j,org.apache.logging,software.amazon,java.time,java.util.UUID,com.amazonaws --top 30 \
  | tee "$RESULTS_DIR/profile-lambda-$target.txt"
