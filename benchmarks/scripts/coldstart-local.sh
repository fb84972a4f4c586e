#!/usr/bin/env bash
# Local server cold start: from launching `java` to the first served POST /items (201), for the
# sample on runtime-local and for the raw Undertow floor, $RUNS runs each interleaved A B A B
# (B A on even runs). Also the classes loaded by then (-Xlog:class+load) and the jar sizes, and
# the first request of the started server: from the moment its port accepts a connection (polled
# with a bare connect, no request) to the first 201, i.e. what the first client pays for what the
# server left to do lazily.
#
#   benchmarks/scripts/coldstart-local.sh          # RUNS=10
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/items.sh"

RUNS="${RUNS:-10}"
PORT_UNDER_TEST=18090
WORK="$(mktemp -d /tmp/skiff-coldstart-local.XXXXXX)"
PID=""
trap '[[ -n "$PID" ]] && stop_pid "$PID"; rm -rf "$WORK"' EXIT

# Whether something accepts connections on $1 (a bare connect: no request is sent).
port_open() {
  { exec 7<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  exec 7>&- 7<&-
}

# One cold start; sets ELAPSED_MS (launch to first 201) and FIRST_MS (port open to first 201).
# Extra JVM options in $1.
cold_start() { # target [jvm options]
  local target="$1" extra="${2:-}" start listening end
  start="$(now_micros)"
  # shellcheck disable=SC2046
  PORT="$PORT_UNDER_TEST" JVM_OPTS="$extra" $(JVM_OPTS="$extra" server_cmd "$target") > "$WORK/$target.log" 2>&1 &
  PID=$!
  until port_open "$PORT_UNDER_TEST"; do
    kill -0 "$PID" 2>/dev/null || die "$target exited: $(tail -5 "$WORK/$target.log")"
    nap 0.002
  done
  listening="$(now_micros)"
  until http_probe "$PORT_UNDER_TEST" POST /items "$ITEM_BODY"; do
    kill -0 "$PID" 2>/dev/null || die "$target exited: $(tail -5 "$WORK/$target.log")"
    nap 0.002
  done
  end="$(now_micros)"
  [[ "$HTTP_STATUS" == 201 ]] || die "$target answered the first POST /items with $HTTP_STATUS"
  kill -9 "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; PID=""
  ELAPSED_MS="$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", (e - s) / 1000 }')"
  FIRST_MS="$(awk -v s="$listening" -v e="$end" 'BEGIN { printf "%.1f", (e - s) / 1000 }')"
}

check_quiet
log "machine: $(machine)"
cold_start skiff; cold_start floor     # page cache warm for both
: > "$WORK/skiff.ms"; : > "$WORK/floor.ms"; : > "$WORK/skiff.first"; : > "$WORK/floor.first"
for i in $(seq 1 "$RUNS"); do
  if (( i % 2 )); then order=(skiff floor); else order=(floor skiff); fi
  for target in "${order[@]}"; do
    cold_start "$target"
    log "run $i $target: $ELAPSED_MS ms (first request $FIRST_MS ms)"
    echo "$ELAPSED_MS" >> "$WORK/$target.ms"
    echo "$FIRST_MS" >> "$WORK/$target.first"
  done
done

for target in skiff floor; do
  cold_start "$target" "-Xlog:class+load=info:file=$WORK/$target.classes"
  declare "classes_$target=$(grep -c 'source:' "$WORK/$target.classes")"
  declare "databind_$target=$(grep 'source:' "$WORK/$target.classes" | grep -c ' com\.fasterxml\.jackson\.databind\.' || true)"
done
skiff="$(stats < "$WORK/skiff.ms")"; floor="$(stats < "$WORK/floor.ms")"
skiff_first="$(stats < "$WORK/skiff.first")"; floor_first="$(stats < "$WORK/floor.first")"
{
  echo "# coldstart-local $(date -u +%FT%TZ) $(machine)"
  echo "launch of java to first 201 from POST /items, runs=$RUNS, interleaved"
  echo "skiff_ms $(echo "$skiff" | fmt_stats)"
  echo "floor_ms $(echo "$floor" | fmt_stats)"
  echo "ratio_median $(ratio "$(echo "$skiff" | cut -d' ' -f1)" "$(echo "$floor" | cut -d' ' -f1)")"
  echo "first request of the started server (port open to first 201):"
  echo "skiff_first_ms $(echo "$skiff_first" | fmt_stats)"
  echo "floor_first_ms $(echo "$floor_first" | fmt_stats)"
  echo "ratio_first_median $(ratio "$(echo "$skiff_first" | cut -d' ' -f1)" "$(echo "$floor_first" | cut -d' ' -f1)")"
  echo "classes_loaded skiff=$classes_skiff floor=$classes_floor"
  echo "databind_classes_loaded skiff=$databind_skiff floor=$databind_floor"
  echo "jar_bytes skiff=$(stat -c %s "$SAMPLE_JAR") ($(basename "$SAMPLE_JAR")) floor=$(stat -c %s "$FLOOR_JAR") ($(basename "$FLOOR_JAR"))"
  echo "classes by package, skiff: $(classes_by_package "$WORK/skiff.classes" 15)"
  echo "classes by package, floor: $(classes_by_package "$WORK/floor.classes" 15)"
  echo "raw_skiff $(tr '\n' ' ' < "$WORK/skiff.ms")"
  echo "raw_floor $(tr '\n' ' ' < "$WORK/floor.ms")"
  echo "raw_skiff_first $(tr '\n' ' ' < "$WORK/skiff.first")"
  echo "raw_floor_first $(tr '\n' ' ' < "$WORK/floor.first")"
} | tee "$RESULTS_DIR/coldstart-local.txt"
