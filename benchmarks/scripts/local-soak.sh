#!/usr/bin/env bash
# Load and soak of the local server (issue 20 item 4): the sample on runtime-local, on loopback,
# held under wrk for $DURATION at $CONNECTIONS connections on a mix of valid, invalid and
# not-found requests, $RUNS times in the same JVM. Each request is picked at random:
#
#   30 %  GET  /items/1                         200
#   15 %  POST /items (a valid NewItem)         201, then DELETE /items/{id} (204) on the same thread,
#                                                    so the store does not grow across the runs
#   20 %  POST /items (violates constraints)    422
#   15 %  POST /items (malformed JSON)          422
#   10 %  GET  /items/999999999                 404 (the handler's)
#   10 %  GET  /no/such/path                    404 (the router's)
#
# Fails when wrk reports a socket error, when any answer is a 5xx (or any answer is not one of
# the classes above), or when the server's RSS (VmRSS) after the last run is more than
# $RSS_LIMIT_PERCENT % above its RSS after the first. Prints p50/p99 latency, requests/s,
# status counts by class and RSS after each run. Bounded: RUNS × DURATION, then the server stops.
#
#   benchmarks/scripts/local-soak.sh                          # RUNS=2 DURATION=60s CONNECTIONS=64 THREADS=1
#   JVM_OPTS=-Xmx256m DURATION=30s benchmarks/scripts/local-soak.sh
#   LIVE_HEAP=1 JVM_OPTS="-Xms512m -Xmx512m" RESULT_NAME=local-soak-fixed-heap benchmarks/scripts/local-soak.sh
#   WARMUP_RUN= benchmarks/scripts/local-soak.sh               # no uncounted 60 s run first (the default has one)
#     # a leak or a growing heap? With the heap fixed, RSS growth is off-heap; LIVE_HEAP=1 also
#     # records the heap in use after a full GC (jcmd GC.run) after each run, once RSS is read
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/items.sh"

RUNS="${RUNS:-2}"
DURATION="${DURATION:-60s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-1}"
TIMEOUT="${TIMEOUT:-2s}"   # wrk's default; a slower answer counts as a socket error (timeout)
RSS_LIMIT_PERCENT="${RSS_LIMIT_PERCENT:-10}"
LIVE_HEAP="${LIVE_HEAP:-0}"
WARMUP_RUN="${WARMUP_RUN-60s}"   # one run of the same mix first, not counted (JIT, heap sizing); WARMUP_RUN= skips it
PORT="${SOAK_PORT:-18087}"
TARGET="${TARGET:-skiff}"
WORK="$(mktemp -d /tmp/skiff-local-soak.XXXXXX)"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do stop_pid "$pid"; done; rm -rf "$WORK"; }
trap cleanup EXIT

command -v wrk >/dev/null || die "wrk is missing (Debian: apt-get install wrk)"

# Lua escapes: the bodies contain no single quotes.
INVALID_BODY='{"name":"","price":-3,"tags":["","kitchen"],"dimensions":{"width":0,"height":2000,"depth":1},"contactEmail":"nobody"}'
MALFORMED_BODY='{"name":"Lamp","price":'
cat > "$WORK/mix.lua" <<LUA
-- Per thread: status counts by class, and the ids of created items still to delete.
local counts = { c2xx = 0, c3xx = 0, c4xx = 0, c5xx = 0, other = 0 }
local created = {}
local json = { ["Content-Type"] = "application/json" }
local valid = '$ITEM_BODY'
local invalid = '$INVALID_BODY'
local malformed = '$MALFORMED_BODY'
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

function request()
  if #created > 0 then
    return wrk.format("DELETE", "/items/" .. table.remove(created))
  end
  local r = math.random(100)
  if r <= 30 then return wrk.format("GET", "/items/1")
  elseif r <= 45 then return wrk.format("POST", "/items", json, valid)
  elseif r <= 65 then return wrk.format("POST", "/items", json, invalid)
  elseif r <= 80 then return wrk.format("POST", "/items", json, malformed)
  elseif r <= 90 then return wrk.format("GET", "/items/999999999")
  else return wrk.format("GET", "/no/such/path") end
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    counts.c2xx = counts.c2xx + 1
    if status == 201 then
      local id = body:match('"id":(%d+)')
      if id then table.insert(created, id) end
    end
  elseif status >= 300 and status < 400 then counts.c3xx = counts.c3xx + 1
  elseif status >= 400 and status < 500 then counts.c4xx = counts.c4xx + 1
  elseif status >= 500 and status < 600 then counts.c5xx = counts.c5xx + 1
  else counts.other = counts.other + 1 end
  c2xx, c3xx, c4xx, c5xx, other, pending = counts.c2xx, counts.c3xx, counts.c4xx, counts.c5xx, counts.other, #created
end

function done(summary, latency, requests)
  local total = { c2xx = 0, c3xx = 0, c4xx = 0, c5xx = 0, other = 0, pending = 0 }
  for _, thread in ipairs(threads) do
    for name, _ in pairs(total) do
      total[name] = total[name] + (tonumber(thread:get(name)) or 0)
    end
  end
  io.write(string.format("STATUS 2xx=%d 3xx=%d 4xx=%d 5xx=%d other=%d undeleted=%d\n",
    total.c2xx, total.c3xx, total.c4xx, total.c5xx, total.other, total.pending))
  io.write(string.format("LATENCY p50_ms=%.3f p99_ms=%.3f max_ms=%.3f\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
LUA

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }

check_quiet
log "machine: $(machine)"
# shellcheck disable=SC2046
PORT="$PORT" $(server_cmd "$TARGET") > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
PIDS+=("$SERVER_PID")
for _ in $(seq 1 3000); do http_probe "$PORT" GET /items/1 && break; nap 0.01; done
http_probe "$PORT" POST /items "$ITEM_BODY" || die "$TARGET did not start: $(tail -5 "$WORK/server.log")"
[[ "$HTTP_STATUS" == 201 ]] || die "$TARGET answered POST /items with $HTTP_STATUS, expected 201"
log "$TARGET started (pid $SERVER_PID), RSS $(rss_kb "$SERVER_PID") kB"

COMMAND="wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency --timeout $TIMEOUT -s mix.lua http://127.0.0.1:$PORT/"
failures=()
: > "$WORK/runs"
if [[ -n "$WARMUP_RUN" ]]; then
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP_RUN" --timeout "$TIMEOUT" -s "$WORK/mix.lua" "http://127.0.0.1:$PORT/" > "$WORK/wrk-warmup.out" 2>&1
  log "warm-up run ($WARMUP_RUN): $(grep '^STATUS ' "$WORK/wrk-warmup.out"), RSS $(rss_kb "$SERVER_PID") kB"
fi
for run in $(seq 1 "$RUNS"); do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency --timeout "$TIMEOUT" -s "$WORK/mix.lua" "http://127.0.0.1:$PORT/" > "$WORK/wrk-$run.out" 2>&1
  rss="$(rss_kb "$SERVER_PID")"
  load="$(cut -d' ' -f1 /proc/loadavg)"
  live=-
  if [[ "$LIVE_HEAP" == 1 ]]; then
    jcmd "$SERVER_PID" GC.run >/dev/null
    live="$(jcmd "$SERVER_PID" GC.heap_info | awk '/ heap .*used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub("K", "", v); print v; exit } }')"
  fi
  line="$(awk -v run="$run" -v rss="$rss" -v load="$load" -v live="$live" '
    /^Requests\/sec:/ { rps = $2 }
    /Socket errors:/ { gsub(",", ""); socket = $4 + $6 + $8 + $10 }
    /^STATUS / { status = substr($0, 8) }
    /^LATENCY / { lat = substr($0, 9) }
    / requests in / { n = $1 }
    END { printf "run %s: requests %s rps %s %s %s socket_errors %d rss_kb %s live_heap_kb %s load %s\n", run, n, rps, lat, status, socket + 0, rss, live, load }' "$WORK/wrk-$run.out")"
  log "$line"
  echo "$line" >> "$WORK/runs"
  grep -q '^STATUS ' "$WORK/wrk-$run.out" || failures+=("run $run: wrk printed no status counts: $(tail -3 "$WORK/wrk-$run.out")")
  [[ "$line" == *"socket_errors 0 "* ]] || failures+=("run $run: socket errors")
  [[ "$line" == *" 5xx=0 "* ]] || failures+=("run $run: 5xx answers")
  [[ "$line" == *" other=0 "* ]] || failures+=("run $run: answers outside 2xx-5xx")
  kill -0 "$SERVER_PID" 2>/dev/null || failures+=("run $run: the server died")
done

first="$(awk 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "rss_kb") print $(i + 1) }' "$WORK/runs")"
last="$(awk 'END { for (i = 1; i <= NF; i++) if ($i == "rss_kb") print $(i + 1) }' "$WORK/runs")"
growth="$(awk -v a="$first" -v b="$last" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')"
awk -v g="$growth" -v m="$RSS_LIMIT_PERCENT" 'BEGIN { exit !(g > m) }' \
  && failures+=("RSS after the last run is $growth % above the first (limit $RSS_LIMIT_PERCENT %)")
grep -qi 'exception\|error' "$WORK/server.log" && log "note: the server log mentions errors: $(grep -ci 'exception\|error' "$WORK/server.log") lines"
# the access log drops lines it cannot keep up with (runtime-local's AccessLogWriter) and says so:
# a server that logged less did less work than the figures claim
dropped="$(access_lines_dropped "$WORK/server.log")"
((dropped == 0)) || failures+=("$dropped access log lines dropped: the access log could not keep up")

{
  echo "# local-soak $(date -u +%FT%TZ) $(machine)"
  echo "$COMMAND, runs=$RUNS, warmup_run=${WARMUP_RUN:-none}, target=$TARGET, sample=$(basename "$SAMPLE_JAR"), jvm_opts=${JVM_OPTS:-none}"
  echo "mix: 30% GET /items/1, 15% POST /items valid (+ DELETE of each created id), 20% POST /items 422, 15% POST /items malformed JSON, 10% GET /items/999999999, 10% GET /no/such/path"
  cat "$WORK/runs"
  echo "rss_growth_last_over_first_percent $growth (limit $RSS_LIMIT_PERCENT)"
  echo "server log lines mentioning exception/error: $(grep -ci 'exception\|error' "$WORK/server.log" || true)"
  echo "access log lines dropped: $dropped"
  if ((${#failures[@]})); then printf 'FAILED: %s\n' "${failures[@]}"; else echo "PASSED: no socket errors, no 5xx, RSS within $RSS_LIMIT_PERCENT %, no access line dropped"; fi
} | tee "$RESULTS_DIR/${RESULT_NAME:-local-soak}.txt"
((${#failures[@]} == 0))
