#!/usr/bin/env bash
# Lambda cold start: a fresh JVM that constructs the handler and answers one payload-2.0 event
# (POST /customers/42/orders?channel=web, validated JSON body, path parameter), from launching
# java to the response, for the hand-written floor (aws-lambda-java-events + Jackson +
# if-statements), Skiff with its default observability, and Skiff with runtime-lambda-powertools.
# $RUNS runs each, interleaved (the order rotates each run), with the JVM options and environment
# of Lambda's Java 17 runtime. Also classes loaded and deployable size (classes + lib/*.jar, zipped).
#
# A target named <t>-primed is <t> with SnapStart priming run (and timed as prime_ms) between
# construction and the first event: what priming would move into a SnapStart snapshot.
#
#   benchmarks/scripts/coldstart-lambda.sh            # RUNS=10, every target
#   TARGETS="floor skiff" RUNS=20 benchmarks/scripts/coldstart-lambda.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"

RUNS="${RUNS:-10}"
read -r -a TARGETS <<< "${TARGETS:-floor skiff skiff-powertools skiff-primed skiff-powertools-primed}"
EVENT="$BENCH_DIR/events/orders-post-v2.json"
WORK="$(mktemp -d /tmp/skiff-coldstart-lambda.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

lambda_environment

classes_of() { # target -> directory of the function's own classes (none for powertools: in lib)
  case "${1%-primed}" in
    floor) echo "$BENCH_DIR/floor-lambda/target/classes" ;;
    skiff) echo "$BENCH_DIR/lambda-skiff/target/classes" ;;
    skiff-powertools) echo "" ;;
  esac
}
lib_of() {
  case "${1%-primed}" in
    floor) echo "$BENCH_DIR/floor-lambda/target/lambda/lib" ;;
    skiff) echo "$BENCH_DIR/lambda-skiff/target/lambda/lib" ;;
    skiff-powertools) echo "$BENCH_DIR/lambda-skiff-powertools/target/lambda/lib" ;;
  esac
}
main_of() {
  case "$1" in
    floor) echo dev.skiff.bench.floor.lambda.FloorLambdaMain ;;
    *) echo dev.skiff.bench.lambda.SkiffLambdaMain ;;
  esac
}
for target in "${TARGETS[@]}"; do need "$(lib_of "$target")" "mvn -pl benchmarks/lambda-skiff-powertools,benchmarks/floor-lambda -am package -DskipTests"; done

run() { # target [extra JVM options...] -> RESULT line
  local target="$1"; shift
  local cp; cp="$(lib_of "$target")/*"
  [[ -n "$(classes_of "$target")" ]] && cp="$(classes_of "$target"):$cp"
  local prime=false; [[ "$target" == *-primed ]] && prime=true
  java "${LAMBDA_JVM[@]}" "$@" -Dbench.prime="$prime" -Dbench.label="$target" -Dbench.launchMicros="$(now_micros)" -cp "$cp" \
      "$(main_of "$target")" "$EVENT" 2>&1 >/dev/null | grep '^RESULT'
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }

check_quiet
log "machine: $(machine)"
for target in "${TARGETS[@]}"; do
  line="$(run "$target")"
  [[ "$(echo "$line" | field status)" == 201 ]] || die "$target did not answer 201: $line"
  : > "$WORK/$target.runs"
done
for i in $(seq 1 "$RUNS"); do
  n="${#TARGETS[@]}"
  for k in $(seq 0 $((n - 1))); do
    target="${TARGETS[$(( (i + k) % n ))]}"
    line="$(run "$target")"; echo "$line" >> "$WORK/$target.runs"
    log "run $i $target: $(echo "$line" | field from_launch_ms) ms"
  done
done

deployable() { # target -> bytes of the zip Lambda would get (the harness's own driver jar left out)
  local target="$1" stage="$WORK/deploy-$1"
  stage_deployment "$(classes_of "$target")" "$(lib_of "$target")" "$stage"
  (cd "$stage" && jar --create --no-manifest --file "$WORK/$target.zip" .)
  stat -c %s "$WORK/$target.zip"
}

{
  echo "# coldstart-lambda $(date -u +%FT%TZ) $(machine)"
  echo "JVM: ${LAMBDA_JVM[*]}; runs=$RUNS each, interleaved; event=$(basename "$EVENT")"
  for target in "${TARGETS[@]}"; do
    launch="$(field from_launch_ms < "$WORK/$target.runs" | stats)"
    declare "median_${target//-/_}=$(echo "$launch" | cut -d' ' -f1)"
    run "$target" "-Xlog:class+load=info:file=$WORK/$target.classes" >/dev/null
    echo "$target from_launch_ms $(echo "$launch" | fmt_stats)" \
         "init_ms $(field init_ms < "$WORK/$target.runs" | stats | fmt_stats)" \
         "prime_ms $(field prime_ms < "$WORK/$target.runs" | stats | fmt_stats)" \
         "first_invoke_ms $(field first_invoke_ms < "$WORK/$target.runs" | stats | fmt_stats)" \
         "classes $(grep -c 'source:' "$WORK/$target.classes")" \
         "databind_classes $(grep 'source:' "$WORK/$target.classes" | grep -c ' com\.fasterxml\.jackson\.databind\.' || true)" \
         "deployable_bytes $(deployable "$target")"
  done
  for target in "${TARGETS[@]}"; do
    [[ "$target" == floor ]] && continue
    m="median_${target//-/_}"
    echo "ratio_${target}_over_floor $(ratio "${!m}" "${median_floor:-0}")"
  done
  echo "classes loaded by package (three names deep), most first:"
  for target in "${TARGETS[@]}"; do echo "$target: $(classes_by_package "$WORK/$target.classes" 15)"; done
  echo "raw:"; for target in "${TARGETS[@]}"; do cat "$WORK/$target.runs"; done
} | tee "$RESULTS_DIR/coldstart-lambda.txt"
