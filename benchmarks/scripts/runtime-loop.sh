#!/usr/bin/env bash
# Issue 14: Skiff's own Lambda runtime loop (a handler's main calling LambdaRuntime.serve) against
# the same handler's RequestStreamHandler under AWS's runtime interface client (RIC, the
# com.amazonaws...AWSLambda main of Lambda's managed Java runtimes), both talking to a Runtime API
# stand-in on loopback (benchmarks/runtime-api-timer) that hands out the event and timestamps the
# answer as its bytes arrive.
#
# coldstart: $RUNS fresh JVMs each, interleaved (ric loop, then loop ric, ...), with Lambda's java17
#   JVM options and environment, answering benchmarks/events/orders-post-v2.json once: from launching
#   java (bash's $EPOCHREALTIME) to the response fully received by the stand-in; also to the moment
#   the event was handed out (JVM boot + runtime start + handler construction) and from there to
#   the answer (first invocation); classes loaded from one more run each with -Xlog:class+load.
#   Both run from the same deployment directory, as Lambda would: the RIC from its own class path
#   with the function loaded from the working directory (its CustomerClassLoader, as in /var/task),
#   the loop as Skiff's bootstrap starts it (-cp "$root:$root/lib/*").
# stream: $STREAM_RUNS JVMs each, interleaved, of GET /ticks (benchmarks/lambda-stream: a Stream of
#   100 small records, unpaced), each answering one cold and $WARMUP + $MEASURED warm invocations:
#   from the stand-in sending the event to the first body byte after the prelude, and to the end
#   of the chunked body; the RIC answers the same operation whole, so its first byte is its last.
#
#   benchmarks/scripts/runtime-loop.sh                    # RUNS=20, STREAM_RUNS=5, WARMUP=10, MEASURED=50
#   PARTS=stream STREAM_RUNS=3 benchmarks/scripts/runtime-loop.sh
#   SUFFIX=-issue14 benchmarks/scripts/runtime-loop.sh    # results/runtime-loop-{coldstart,stream}-issue14.txt
set -euo pipefail
source "$(dirname "$0")/lib.sh"

RUNS="${RUNS:-20}"
STREAM_RUNS="${STREAM_RUNS:-5}"
WARMUP="${WARMUP:-10}"
MEASURED="${MEASURED:-50}"
read -r -a PARTS <<< "${PARTS:-coldstart stream}"
SUFFIX="${SUFFIX:-}"
ORDERS_EVENT="$BENCH_DIR/events/orders-post-v2.json"
TICKS_EVENT="$BENCH_DIR/events/ticks-get-function-url.json"
ORDERS_HANDLER=dev.skiff.bench.lambda.OrdersLambdaHandler
TICKS_HANDLER=dev.skiff.bench.stream.TicksLambdaHandler
RIC_MAIN=com.amazonaws.services.lambda.runtime.api.client.AWSLambda
TIMER_JAR="$(ls "$BENCH_DIR"/runtime-api-timer/target/skiff-bench-runtime-api-timer-*.jar 2>/dev/null | head -1 || true)"
BUILD="mvn -o -q -pl benchmarks/lambda-skiff,benchmarks/lambda-stream,benchmarks/runtime-api-timer package"
need "${TIMER_JAR:-runtime-api-timer jar}" "$BUILD"
need "$BENCH_DIR/runtime-api-timer/target/ric" "$BUILD"
need "$BENCH_DIR/lambda-skiff/target/lambda/lib" "$BUILD"
need "$BENCH_DIR/lambda-stream/target/lambda/lib" "$BUILD"
RIC_CP="$BENCH_DIR/runtime-api-timer/target/ric/*"
WORK="$(mktemp -d /tmp/skiff-runtime-loop.XXXXXX)"
CHILD="" STANDIN_PID=""
cleanup() {
  if [[ -n "$CHILD" ]]; then stop_pid "$CHILD"; fi
  if [[ -n "$STANDIN_PID" ]]; then stop_pid "$STANDIN_PID"; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

lambda_environment
# The function's deployment directories, as Lambda unpacks them; both sides start from the same one.
stage_deployment "$BENCH_DIR/lambda-skiff/target/classes" "$BENCH_DIR/lambda-skiff/target/lambda/lib" "$WORK/orders"
stage_deployment "$BENCH_DIR/lambda-stream/target/classes" "$BENCH_DIR/lambda-stream/target/lambda/lib" "$WORK/ticks"
unzip -l "$WORK/orders/lib/skiff-runtime-lambda-"*.jar | grep 'dev/skiff/lambda/runtime/LambdaRuntime.class' >/dev/null \
  || die "lambda-skiff's runtime-lambda jar has no LambdaRuntime; rebuild: $BUILD"

# The stand-in, up for the whole session: commands to its stdin, reports from its stdout.
coproc STANDIN { exec java -XX:+UseSerialGC -cp "$TIMER_JAR" dev.skiff.bench.runtimeapi.TimingRuntimeApi 2>"$WORK/standin.err"; }
exec {TO_STANDIN}>&"${STANDIN[1]}" {FROM_STANDIN}<&"${STANDIN[0]}"
read -r -t 30 -u "$FROM_STANDIN" listening || die "the stand-in did not start: $(cat "$WORK/standin.err")"
export AWS_LAMBDA_RUNTIME_API="${listening#LISTENING }"
log "Runtime API stand-in at $AWS_LAMBDA_RUNTIME_API"

serve() { # label event count: arms the stand-in for the next runtime
  echo "serve $1 $2 $3" >&"$TO_STANDIN"
  local ready; read -r -t 30 -u "$FROM_STANDIN" ready || die "the stand-in did not arm $1"
  [[ "$ready" == "READY $1" ]] || die "the stand-in said '$ready' to serve $1"
}
collect() { # label file [seconds]: appends the ANSWER lines of the run to file, until DONE
  local line
  while read -r -t "${3:-120}" -u "$FROM_STANDIN" line; do
    case "$line" in
      "DONE $1") return 0 ;;
      ANSWER*) echo "${line#ANSWER }" >> "$2" ;;
    esac
  done
  return 1
}
start() { # side handler task_root log [JVM options...]: starts the runtime in the background as $CHILD
  local side="$1" handler="$2" root="$3" out="$4"; shift 4
  export _HANDLER="$handler::handleRequest" LAMBDA_TASK_ROOT="$root"
  if [[ "$side" == ric ]]; then
    # Lambda's java17 runtime: the RIC on its own class path, the function from the working directory.
    (cd "$root" && exec java "${LAMBDA_JVM[@]}" "$@" -cp "$RIC_CP" "$RIC_MAIN" "$_HANDLER") \
      >"$out" 2>&1 {TO_STANDIN}>&- {FROM_STANDIN}<&- &
  else
    # Skiff's bootstrap (runtime-lambda/src/main/lambda/bootstrap), with the same JVM options.
    (cd "$root" && exec java "${LAMBDA_JVM[@]}" "$@" -cp "$root:$root/lib/*" "$handler") \
      >"$out" 2>&1 {TO_STANDIN}>&- {FROM_STANDIN}<&- &
  fi
  CHILD=$!
}
finish() { stop_pid "$CHILD"; CHILD=""; }
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }
only_seq() { awk -v lo="$1" -v hi="$2" '{ for (i = 1; i <= NF; i++) if ($i ~ /^seq=/) { s = substr($i, 5) + 0 } } s >= lo && s <= hi'; }

check_quiet
log "machine: $(machine)"
runtime_jar="$(ls "$BENCH_DIR/lambda-skiff/target/lambda/lib/skiff-runtime-lambda-"*.jar)"
provenance="main $(git -C "$ROOT_DIR" rev-parse --short HEAD) (working tree: $(git -C "$ROOT_DIR" status --porcelain | wc -l) changed files); runtime-lambda jar $(md5sum < "$runtime_jar" | cut -c1-12), $(date -u -r "$runtime_jar" +%FT%TZ)"

coldstart() {
  local sides=(ric loop) result="$RESULTS_DIR/runtime-loop-coldstart$SUFFIX.txt"
  for side in "${sides[@]}"; do
    : > "$WORK/cold-$side.runs"
    serve "check-$side" "$ORDERS_EVENT" 1
    start "$side" "$ORDERS_HANDLER" "$WORK/orders" "$WORK/check-$side.log"
    collect "check-$side" "$WORK/check-$side.answer" 60 || die "$side never answered: $(cat "$WORK/check-$side.log")"
    finish
    [[ "$(field status < "$WORK/check-$side.answer")" == 201 ]] || die "$side did not answer 201: $(cat "$WORK/check-$side.answer" "$WORK/check-$side.log")"
  done
  for i in $(seq 1 "$RUNS"); do
    for k in 0 1; do
      side="${sides[$(( (i + k) % 2 ))]}"
      : > "$WORK/answer"
      serve "cold-$side-$i" "$ORDERS_EVENT" 1
      launch="${EPOCHREALTIME/./}"
      start "$side" "$ORDERS_HANDLER" "$WORK/orders" /dev/null
      collect "cold-$side-$i" "$WORK/answer" 60 || die "$side run $i never answered"
      finish
      line="$(cat "$WORK/answer")"
      [[ "$(echo "$line" | field status)" == 201 ]] || die "$side run $i: $line"
      received="$(echo "$line" | field received_micros)" sent="$(echo "$line" | field next_sent_micros)"
      echo "side=$side run=$i launch_micros=$launch from_launch_ms=$(( (received - launch) / 1000 )).$(printf %03d $(( (received - launch) % 1000 ))) to_event_ms=$(( (sent - launch) / 1000 )).$(printf %03d $(( (sent - launch) % 1000 ))) $line" >> "$WORK/cold-$side.runs"
      log "run $i $side: $(tail -1 "$WORK/cold-$side.runs" | field from_launch_ms) ms"
    done
  done
  for side in "${sides[@]}"; do
    serve "classes-$side" "$ORDERS_EVENT" 1
    start "$side" "$ORDERS_HANDLER" "$WORK/orders" /dev/null "-Xlog:class+load=info:file=$WORK/$side.classes"
    collect "classes-$side" "$WORK/classes-$side.answer" 60 || die "$side (class log) never answered"
    finish
  done
  {
    echo "# runtime-loop coldstart $(date -u +%FT%TZ) $(machine)"
    echo "# $provenance"
    echo "JVM: ${LAMBDA_JVM[*]}; runs=$RUNS each, interleaved; event=$(basename "$ORDERS_EVENT"); handler=$ORDERS_HANDLER"
    echo "ric: (cd task && java ... -cp runtime-api-timer/target/ric/* $RIC_MAIN $ORDERS_HANDLER::handleRequest)"
    echo "loop: (cd task && java ... -cp task:task/lib/* $ORDERS_HANDLER)   # main: LambdaRuntime.serve(OrdersLambdaHandler::new)"
    for side in "${sides[@]}"; do
      launch="$(field from_launch_ms < "$WORK/cold-$side.runs" | stats)"
      declare "median_$side=$(echo "$launch" | cut -d' ' -f1)"
      echo "$side from_launch_ms $(echo "$launch" | fmt_stats)" \
           "to_event_ms $(field to_event_ms < "$WORK/cold-$side.runs" | stats | fmt_stats)" \
           "first_invoke_ms $(field last_byte_ms < "$WORK/cold-$side.runs" | stats | fmt_stats)" \
           "classes $(grep -c 'source:' "$WORK/$side.classes")"
    done
    echo "ratio_loop_over_ric $(ratio "$median_loop" "$median_ric")"
    # Each round ran both sides back to back: the ratio within a round, over the rounds.
    echo "ratio_per_round $(cat "$WORK/cold-ric.runs" "$WORK/cold-loop.runs" | awk '{
        for (i = 1; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
        t[f["run"], f["side"]] = f["from_launch_ms"] }
      END { for (r = 1; r <= '"$RUNS"'; r++) { q = t[r, "loop"] / t[r, "ric"]; print q; if (q < 1) faster++ }
            print "faster " faster + 0 > "/dev/stderr" }' 2>"$WORK/faster" | stats | fmt_stats)," \
      "loop faster in $(cut -d' ' -f2 "$WORK/faster") of $RUNS rounds"
    echo "classes loaded by package (three names deep), most first:"
    for side in "${sides[@]}"; do echo "$side: $(classes_by_package "$WORK/$side.classes" 15)"; done
    echo "raw:"; for side in "${sides[@]}"; do cat "$WORK/cold-$side.runs"; done
  } | tee "$result"
}

stream() {
  local sides=(loop ric) result="$RESULTS_DIR/runtime-loop-stream$SUFFIX.txt" count=$((1 + WARMUP + MEASURED))
  for side in "${sides[@]}"; do : > "$WORK/stream-$side.runs"; done
  for i in $(seq 1 "$STREAM_RUNS"); do
    for k in 0 1; do
      side="${sides[$(( (i + k) % 2 ))]}"
      : > "$WORK/answers"
      serve "ticks-$side-$i" "$TICKS_EVENT" "$count"
      start "$side" "$TICKS_HANDLER" "$WORK/ticks" "$WORK/ticks-$side.log"
      collect "ticks-$side-$i" "$WORK/answers" 120 || die "$side run $i did not answer $count times: $(cat "$WORK/ticks-$side.log")"
      finish
      bad="$(grep -v ' status=200 ' "$WORK/answers" | grep -c . || true)"
      short="$(grep -v ' lines=100$' "$WORK/answers" | grep -c . || true)"
      [[ "$bad$short" == 00 ]] || die "$side run $i: $bad answers not 200, $short without 100 lines: $(head -3 "$WORK/answers")"
      sed "s/^/side=$side run=$i /" "$WORK/answers" >> "$WORK/stream-$side.runs"
      log "run $i $side: cold first/last byte $(head -1 "$WORK/answers" | field first_byte_ms)/$(head -1 "$WORK/answers" | field last_byte_ms) ms"
    done
  done
  {
    echo "# runtime-loop stream $(date -u +%FT%TZ) $(machine)"
    echo "# $provenance"
    echo "JVM: ${LAMBDA_JVM[*]}; $STREAM_RUNS JVMs each, interleaved; each: 1 cold + $WARMUP warm-up + $MEASURED measured invocations"
    echo "event=$(basename "$TICKS_EVENT"); handler=$TICKS_HANDLER (GET /ticks: Stream<Tick> of 100, unpaced); times from the stand-in sending the event"
    echo "loop: streamed (prelude + 8 NULs, then one chunk per JSON line); ric: handleRequest, answered whole"
    for side in "${sides[@]}"; do
      cold="$(only_seq 0 0 < "$WORK/stream-$side.runs")" warm="$(only_seq $((1 + WARMUP)) "$count" < "$WORK/stream-$side.runs")"
      echo "$side cold first_byte_ms $(echo "$cold" | field first_byte_ms | stats | fmt_stats)" \
           "last_byte_ms $(echo "$cold" | field last_byte_ms | stats | fmt_stats)" \
           "head_ms $(echo "$cold" | field head_ms | stats | fmt_stats)" \
           "prelude_ms $(echo "$cold" | field prelude_ms | grep -v NaN | stats | fmt_stats)"
      echo "$side warm first_byte_ms $(echo "$warm" | field first_byte_ms | stats | fmt_stats)" \
           "last_byte_ms $(echo "$warm" | field last_byte_ms | stats | fmt_stats)" \
           "chunks $(echo "$warm" | field chunks | stats | cut -d' ' -f1)" \
           "body_bytes $(echo "$warm" | field body_bytes | stats | cut -d' ' -f1)"
      echo "$side warm per-JVM median first/last byte ms:" $(for i in $(seq 1 "$STREAM_RUNS"); do
        w="$(echo "$warm" | grep " run=$i ")"
        printf '%s/%s ' "$(echo "$w" | field first_byte_ms | stats | cut -d' ' -f1)" "$(echo "$w" | field last_byte_ms | stats | cut -d' ' -f1)"
      done)
    done
    echo "raw:"; for side in "${sides[@]}"; do cat "$WORK/stream-$side.runs"; done
  } | tee "$result"
}

for part in "${PARTS[@]}"; do
  case "$part" in
    coldstart) coldstart ;;
    stream) stream ;;
    *) die "unknown part $part (coldstart, stream)" ;;
  esac
done
