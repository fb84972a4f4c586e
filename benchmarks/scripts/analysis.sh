#!/usr/bin/env bash
# Where the time goes, for the targets BENCHMARKS.md reports as missed: bounded experiments and
# Java Flight Recorder profiles, each saved under results/.
#   (the router's JIT experiment on the generated SkiffRouter, results/router-jit.txt, ended with
#   issue 12: the router is framework-api's TreeRouter since)
#   - dispatch: JFR of DispatchBenchmark.skiff, methods most often on the stack;
#   - Lambda: profile-lambda.sh for skiff and floor;
#   - local server: JFR of the sample under wrk on GET /items/1.
#
#   benchmarks/scripts/analysis.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/items.sh"
HERE="$(dirname "$0")"
JAR="$BENCH_DIR/jmh/target/benchmarks.jar"
need "$JAR" "mvn -pl benchmarks/jmh -am package -DskipTests"
WORK="$(mktemp -d /tmp/skiff-analysis.XXXXXX)"
SERVER=""
trap '[[ -n "$SERVER" ]] && stop_pid "$SERVER"; rm -rf "$WORK"' EXIT
ONLY_PREFIXES="dev.skiff,com.fasterxml,org.slf4j,java.util.UUID,java.util.TreeMap,java.time,io.undertow.server.handlers"

log "dispatch: JFR of DispatchBenchmark.skiff"
java -jar "$JAR" 'DispatchBenchmark.skiff' -f 1 -wi 2 -w 2s -i 3 -r 3s \
    -jvmArgsAppend -XX:FlightRecorderOptions:stackdepth=512 -prof "jfr:dir=$WORK/jfr;configName=profile" > /dev/null 2>&1
jfr print --stack-depth 512 --events jdk.ExecutionSample "$(find "$WORK/jfr" -name '*.jfr' | head -1)" > "$WORK/dispatch.txt"
python3 "$HERE/jfr_breakdown.py" "$WORK/dispatch.txt" --root DispatchBenchmark.skiff --only "$ONLY_PREFIXES" --top 30 \
    | tee "$RESULTS_DIR/profile-dispatch-skiff.txt"

log "Lambda: JFR of warm invocations"
INVOKES="${INVOKES:-500000}" "$HERE/profile-lambda.sh" skiff
INVOKES="${INVOKES:-500000}" "$HERE/profile-lambda.sh" floor

log "build: JFR of javac with the processor"
"$HERE/profile-build.sh" > /dev/null

log "local server: JFR of the sample under GET /items/1"
PORT=18095 java -XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=filename="$WORK/local.jfr",settings=profile -cp "$SAMPLE_JAR" "$SAMPLE_MAIN" \
    > "$WORK/local.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 3000); do http_probe 18095 GET /items/1 && break; nap 0.01; done
http_probe 18095 POST /items "$ITEM_BODY"
wrk -t1 -c32 -d10s "http://127.0.0.1:18095/items/1" > "$WORK/wrk.txt"
stop_pid "$SERVER"; SERVER=""
jfr print --stack-depth 512 --events jdk.ExecutionSample "$WORK/local.jfr" > "$WORK/local.txt"
{
  grep 'Requests/sec' "$WORK/wrk.txt"
  python3 "$HERE/jfr_breakdown.py" "$WORK/local.txt" --root io.undertow.server.Connectors.executeRootHandler \
      --only "$ONLY_PREFIXES,java.io.ByteArrayOutputStream,io.undertow.io" --top 30
} | tee "$RESULTS_DIR/profile-local-get.txt"
