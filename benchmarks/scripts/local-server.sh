#!/usr/bin/env bash
# Local server throughput: the sample on runtime-local against the raw Undertow floor, both on
# loopback, loaded with wrk (Debian's package, installed if missing) for a bounded time per run:
# GET /items/1 and POST /items, $ROUNDS rounds interleaved (A B, then B A), requests/s, p99 and
# the server's CPU per request (all its threads, from /proc: steadier than requests/s on a shared machine).
#
#   benchmarks/scripts/local-server.sh                  # ROUNDS=3 DURATION=10s CONNECTIONS=32
#   ROUNDS=5 DURATION=15s benchmarks/scripts/local-server.sh
#   TARGETS="skiff skiff-quiet floor" RESULT_NAME=local-server-quiet benchmarks/scripts/local-server.sh   # also without the access log
#   TARGETS="skiff-bare skiff-middle" BASE=skiff-bare ORIGIN=http://localhost:5173 RESULT_NAME=local-server-middle \
#     benchmarks/scripts/local-server.sh    # CORS and an interceptor against none, every request from a browser origin
#   TARGETS="skiff floor-dispatch floor-io" BASE=floor-dispatch ENDPOINTS=adjust RESULT_NAME=local-server-floors-issue20 \
#     benchmarks/scripts/local-server.sh    # issue 20: POST /items/1/adjustments against the jackson-core floors,
#                                           # dispatched (blocking read) and on the IO thread (receiveFullBytes)
# Endpoints: get = GET /items/1, post = POST /items (a valid NewItem), adjust = POST /items/1/adjustments
# (a reprice, a JSON body with a path parameter: the sample has no POST /items/{id}).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/items.sh"

ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-5s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-1}"
read -r -a TARGETS <<< "${TARGETS:-skiff floor}"
read -r -a BASES <<< "${BASE:-floor}"   # one or more: every other target's ratio over each
BASE="${BASES[*]}"
read -r -a ENDPOINTS <<< "${ENDPOINTS:-get post}"
ORIGIN="${ORIGIN:-}"
declare -A PORT=([skiff]=18080 [floor]=18081 [skiff-quiet]=18082 [skiff-bare]=18083 [skiff-middle]=18084 [floor-dispatch]=18085 [floor-io]=18086)
WORK="$(mktemp -d /tmp/skiff-local-server.XXXXXX)"
PIDS=()
declare -A SPID
cleanup() { for pid in "${PIDS[@]}"; do stop_pid "$pid"; done; rm -rf "$WORK"; }
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
  log "installing wrk from Debian"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
fi

cat > "$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.body = '$ITEM_BODY'
wrk.headers["Content-Type"] = "application/json"
LUA
cat > "$WORK/adjust.lua" <<LUA
wrk.method = "POST"
wrk.body = '$ADJUST_BODY'
wrk.headers["Content-Type"] = "application/json"
LUA

start() { # target
  local target="$1" port="${PORT[$1]}"
  # shellcheck disable=SC2046
  PORT="$port" $(server_cmd "$target") > "$WORK/$target.log" 2>&1 &
  PIDS+=($!)
  SPID[$target]=$!
  for _ in $(seq 1 3000); do http_probe "$port" GET /items/1 && break; nap 0.01; done
  http_probe "$port" POST /items "$ITEM_BODY" || die "$target did not start: $(tail -5 "$WORK/$target.log")"
  [[ "$HTTP_STATUS" == 201 ]] || die "$target answered POST /items with $HTTP_STATUS, expected 201"
  http_probe "$port" GET /items/1; [[ "$HTTP_STATUS" == 200 ]] || die "$target answered GET /items/1 with $HTTP_STATUS, expected 200"
  [[ " ${ENDPOINTS[*]} " == *" adjust "* ]] || return 0
  http_probe "$port" POST /items/1/adjustments "$ADJUST_BODY"
  [[ "$HTTP_STATUS" == 200 ]] || die "$target answered POST /items/1/adjustments with $HTTP_STATUS, expected 200"
}

# The CPU time (user + system, every thread) process $1 has used, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# Runs wrk; prints "requests_per_s p99_ms errors cpu_us_per_request" (the server's CPU per
# request, all threads: steadier than requests/s when other work shares the cores)
load() { # target endpoint duration
  local port="${PORT[$1]}" out="$WORK/wrk.out" script=()
  local path=/items/1
  case "$2" in
    post) script=(-s "$WORK/post.lua"); path=/items ;;
    adjust) script=(-s "$WORK/adjust.lua"); path=/items/1/adjustments ;;
  esac
  [[ -n "$ORIGIN" ]] && script+=(-H "Origin: $ORIGIN")
  local before after
  before="$(cpu_ticks "${SPID[$1]}")"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency "${script[@]}" "http://127.0.0.1:$port$path" > "$out"
  after="$(cpu_ticks "${SPID[$1]}")"
  awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +99%/ { p99 = ms($2) }
    /^Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { bad = $5 }
    /Socket errors:/ { bad += 1 }
    / requests in / { n = $1 }
    END { printf "%s %.3f %d %.1f\n", rps, p99, bad, (n > 0 ? ticks / hz * 1e6 / n : 0) }' "$out"
}

check_quiet
log "machine: $(machine)"
for target in "${TARGETS[@]}"; do start "$target"; done
log "warming up each server ($WARMUP per endpoint)"
for target in "${TARGETS[@]}"; do for ep in "${ENDPOINTS[@]}"; do load "$target" "$ep" "$WARMUP" >/dev/null; done; done

: > "$WORK/runs"
for round in $(seq 1 "$ROUNDS"); do
  for ep in "${ENDPOINTS[@]}"; do
    n="${#TARGETS[@]}"
    for k in $(seq 0 $((n - 1))); do
      target="${TARGETS[$(( (round + k) % n ))]}"
      read -r rps p99 bad cpu < <(load "$target" "$ep" "$DURATION")
      log "round $round $target $ep: $rps req/s, p99 $p99 ms, non-2xx/errors $bad, server CPU $cpu us/request"
      echo "$target $ep $rps $p99 $bad $round $cpu" >> "$WORK/runs"
    done
  done
done

{
  echo "# local-server $(date -u +%FT%TZ) $(machine)"
  echo "command: TARGETS=\"${TARGETS[*]}\" BASE=\"$BASE\" ENDPOINTS=\"${ENDPOINTS[*]}\" ROUNDS=$ROUNDS DURATION=$DURATION CONNECTIONS=$CONNECTIONS benchmarks/scripts/local-server.sh; load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency${ORIGIN:+ -H \"Origin: $ORIGIN\"}, rounds=$ROUNDS, targets=${TARGETS[*]}, sample=$(basename "$SAMPLE_JAR"), floor=$(basename "$FLOOR_JAR")"
  for ep in "${ENDPOINTS[@]}"; do
    for target in "${TARGETS[@]}"; do
      rps="$(awk -v t="$target" -v e="$ep" '$1 == t && $2 == e { print $3 }' "$WORK/runs" | stats)"
      p99="$(awk -v t="$target" -v e="$ep" '$1 == t && $2 == e { print $4 }' "$WORK/runs" | sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f %.2f %.2f", m, v[1], v[NR] }')"
      bad="$(awk -v t="$target" -v e="$ep" '$1 == t && $2 == e { s += $5 } END { print s + 0 }' "$WORK/runs")"
      cpu="$(awk -v t="$target" -v e="$ep" '$1 == t && $2 == e { print $7 }' "$WORK/runs" | stats)"
      echo "$ep $target rps $(echo "$rps" | fmt_stats) p99_ms $(echo "$p99" | awk '{ printf "%s (%s-%s)", $1, $2, $3 }') errors $bad cpu_us_per_request $(echo "$cpu" | fmt_stats)"
      declare "cpu_${target//-/_}_${ep}=$(echo "$cpu" | cut -d' ' -f1)"
      declare "med_${target//-/_}_${ep}=$(echo "$rps" | cut -d' ' -f1)"
    done
    for base in "${BASES[@]}"; do
      for target in "${TARGETS[@]}"; do
        [[ "$target" == "$base" ]] && continue
        s="med_${target//-/_}_$ep"; f="med_${base//-/_}_$ep"
        # and the ratio within each round (the two runs minutes apart at most), as median (min-max)
        paired="$(awk -v t="$target" -v b="$base" -v e="$ep" '$2 == e && $1 == t { x[$6] = $3 } $2 == e && $1 == b { y[$6] = $3 }
          END { for (r in x) if (r in y && y[r] > 0) print x[r] / y[r] }' "$WORK/runs" | stats | fmt_stats)"
        cs="cpu_${target//-/_}_$ep"; cf="cpu_${base//-/_}_$ep"
        echo "$ep ratio_rps_${target}_over_${base} $(ratio "${!s}" "${!f}") per_round $paired; cpu_per_request_ratio $(ratio "${!cs}" "${!cf}")"
      done
    done
  done
  # a server whose access log could not keep up dropped lines, and did less work than its figures claim
  for target in "${TARGETS[@]}"; do
    echo "access_lines_dropped $target $(access_lines_dropped "$WORK/$target.log")"
  done
  echo "raw (target endpoint rps p99_ms errors round server_cpu_us_per_request):"; cat "$WORK/runs"
} | tee "$RESULTS_DIR/${RESULT_NAME:-local-server}.txt"
