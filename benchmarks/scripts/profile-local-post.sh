#!/usr/bin/env bash
# Where the local server's time goes against the dispatching floor (issue 20 item 5): each target
# runs under Java Flight Recorder (whole stacks) while wrk loads one JSON POST; then the CPU the
# process used per request (utime + stime from /proc, all threads: IO, workers, GC, JIT) and the
# methods most often on the stack, inclusive, as shares of the samples under Undertow's root
# handler and of all samples.
#
#   benchmarks/scripts/profile-local-post.sh                      # skiff and floor-dispatch, adjust
#   TARGETS="skiff floor-dispatch floor-io" ENDPOINT=post benchmarks/scripts/profile-local-post.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/items.sh"
HERE="$(dirname "$0")"
read -r -a TARGETS <<< "${TARGETS:-skiff floor-dispatch}"
ENDPOINT="${ENDPOINT:-adjust}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
PORT=18096
WORK="$(mktemp -d /tmp/skiff-profile-local.XXXXXX)"
SERVER=""
trap '[[ -n "$SERVER" ]] && stop_pid "$SERVER"; rm -rf "$WORK"' EXIT
ONLY="dev.skiff,com.fasterxml,org.slf4j,java.util.UUID,java.time,java.math,io.undertow,org.xnio,java.io.ByteArrayOutputStream,java.util.concurrent"

case "$ENDPOINT" in
  adjust) path=/items/1/adjustments; body="$ADJUST_BODY" ;;
  post) path=/items; body="$ITEM_BODY" ;;
  *) die "ENDPOINT must be adjust or post" ;;
esac
cat > "$WORK/body.lua" <<LUA
wrk.method = "POST"
wrk.body = '$body'
wrk.headers["Content-Type"] = "application/json"
LUA

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

check_quiet
for target in "${TARGETS[@]}"; do
  log "$target: JFR under wrk on POST $path"
  # shellcheck disable=SC2046
  PORT="$PORT" JVM_OPTS="-XX:FlightRecorderOptions:stackdepth=512" $(server_cmd "$target") > "$WORK/$target.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 3000); do http_probe "$PORT" GET /items/1 && break; nap 0.01; done
  http_probe "$PORT" POST /items "$ITEM_BODY"
  wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/body.lua" "http://127.0.0.1:$PORT$path" > /dev/null
  jcmd "$SERVER" JFR.start name=p settings=profile filename="$WORK/$target.jfr" > /dev/null
  before="$(cpu_ticks "$SERVER")"
  wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/body.lua" "http://127.0.0.1:$PORT$path" > "$WORK/$target.wrk"
  after="$(cpu_ticks "$SERVER")"
  jcmd "$SERVER" JFR.stop name=p > /dev/null
  stop_pid "$SERVER"; SERVER=""
  jfr print --stack-depth 512 --events jdk.ExecutionSample "$WORK/$target.jfr" > "$WORK/$target.txt"
  jfr print --events jdk.ThreadAllocationStatistics,jdk.GarbageCollection "$WORK/$target.jfr" > "$WORK/$target.alloc"
  jfr print --events jdk.JavaMonitorEnter "$WORK/$target.jfr" > "$WORK/$target.locks"
  [[ -n "${KEEP_JFR:-}" ]] && cp "$WORK/$target.jfr" "$KEEP_JFR-$target.jfr"
  requests="$(awk '/ requests in / { print $1 }' "$WORK/$target.wrk")"
  {
    echo "## $target, POST $path, wrk -t1 -c$CONNECTIONS -d$DURATION (after $WARMUP warm-up), $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)"
    grep -E 'Requests/sec| requests in |Non-2xx' "$WORK/$target.wrk" | sed 's/^ *//'
    awk -v t=$((after - before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" \
      'BEGIN { printf "process CPU: %.2f s for %d requests = %.1f us a request\n", t / hz, n, t / hz * 1e6 / n }'
    # bytes allocated per request (every thread's counter, last minus first value in the recording) and GCs
    python3 - "$WORK/$target.alloc" "$requests" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
per_thread = {}
for event in text.split("jdk.ThreadAllocationStatistics")[1:]:
    allocated = re.search(r"allocated = ([\d.]+) (bytes|kB|MB|GB)", event)
    thread = re.search(r'thread = "([^"]+)"', event)
    if allocated and thread:
        value = float(allocated.group(1)) * {"bytes": 1, "kB": 1e3, "MB": 1e6, "GB": 1e9}[allocated.group(2)]
        low, high = per_thread.get(thread.group(1), (value, value))
        per_thread[thread.group(1)] = (min(low, value), max(high, value))
total = sum(high - low for low, high in per_thread.values())
gcs = text.count("jdk.GarbageCollection")
print("allocated: about %.0f bytes a request (jdk.ThreadAllocationStatistics, all threads); %d GCs in the recording"
      % (total / max(int(sys.argv[2]), 1), gcs))
PY
    python3 "$HERE/jfr_breakdown.py" "$WORK/$target.txt" --root io.undertow.server.Connectors.executeRootHandler --only "$ONLY" --top 45
    # where threads waited for a monitor (JFR's profile settings record waits of 10 ms and more):
    # time that CPU samples do not show
    python3 - "$WORK/$target.locks" <<'PY'
import collections, re, sys
waits, counts = collections.Counter(), collections.Counter()
for event in open(sys.argv[1]).read().split("jdk.JavaMonitorEnter")[1:]:
    monitor = re.search(r"monitorClass = (\S+)", event)
    duration = re.search(r"duration = ([\d.]+) (s|ms|us)", event)
    frames = [f for f in re.findall(r"^\s+([\w.$]+\.[\w$<>]+)\(", event, re.M) if not f.startswith("java.")]
    if monitor and duration:
        key = "%s in %s" % (monitor.group(1), frames[0] if frames else "?")
        waits[key] += float(duration.group(1)) * {"s": 1000, "ms": 1, "us": 0.001}[duration.group(2)]
        counts[key] += 1
print("monitor waits of 10 ms or more (jdk.JavaMonitorEnter), total by monitor and first non-JDK frame:")
for key, ms in waits.most_common(6):
    print("%8.0f ms in %4d waits  %s" % (ms, counts[key], key))
PY
    echo "### all samples (every thread), top frames by package"
    python3 "$HERE/jfr_breakdown.py" "$WORK/$target.txt" --only "$ONLY" --top 25
    echo
  } | tee -a "$WORK/report.txt"
done
cp "$WORK/report.txt" "$RESULTS_DIR/${RESULT_NAME:-profile-local-$ENDPOINT-issue20}.txt"
