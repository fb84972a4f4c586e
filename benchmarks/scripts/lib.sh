#!/usr/bin/env bash
# Shared helpers for the benchmark scripts: paths, machine description, statistics, JVM runs.
# Sourced, not run.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT_DIR="$(cd "$BENCH_DIR/.." && pwd)"
RESULTS_DIR="${RESULTS_DIR:-$BENCH_DIR/results}"
mkdir -p "$RESULTS_DIR"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# The machine, as BENCHMARKS.md records it.
machine() {
  local cpu jdk
  cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  jdk="$(java -version 2>&1 | sed -n '2p')"
  printf 'cores=%s cpu="%s" jdk="%s" load="%s"\n' "$(nproc)" "$cpu" "$jdk" "$(cut -d' ' -f1-3 /proc/loadavg)"
}

# Warns (does not stop) when the 1-minute load average is above $1 (default 0.5):
# figures taken on a busy machine are recorded as such.
check_quiet() {
  local limit="${1:-0.5}" load
  load="$(cut -d' ' -f1 /proc/loadavg)"
  if awk -v l="$load" -v m="$limit" 'BEGIN { exit !(l > m) }'; then
    log "warning: load average $load is above $limit; figures will be noisy"
  fi
}

# Reads numbers, one a line; prints "median min max n".
stats() {
  sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "nan nan nan 0"; exit }
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.2f %.2f %.2f %d\n", m, v[1], v[NR], NR }'
}

# "median (min-max)" from stats output.
fmt_stats() { awk '{ printf "%s (%s-%s, n=%s)", $1, $2, $3, $4 }'; }

# a / b to two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "nan"; else printf "%.2f", a / b }'; }

# Microseconds since the epoch, from bash's clock (no process started).
now_micros() { local t="$EPOCHREALTIME"; echo "${t/./}"; }

# Sleeps about 2 ms without starting a process (read times out on a pipe that never speaks).
exec {_NAP_FD}<> <(:)
nap() { read -r -t "${1:-0.002}" -u "$_NAP_FD" || true; }

# What Lambda's java17 runtime starts the JVM with (JAVA_TOOL_OPTIONS aside).
LAMBDA_JVM=(-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto)

# Exports the environment Lambda gives a Java 17 function (name, memory, region, log group,
# Powertools service, an unsampled trace header), the same for every Lambda harness.
lambda_environment() {
  export AWS_LAMBDA_FUNCTION_NAME=bench AWS_LAMBDA_FUNCTION_VERSION='$LATEST' AWS_LAMBDA_FUNCTION_MEMORY_SIZE=1024 \
    AWS_REGION=eu-west-1 AWS_DEFAULT_REGION=eu-west-1 AWS_LAMBDA_LOG_GROUP_NAME=/aws/lambda/bench \
    AWS_LAMBDA_LOG_STREAM_NAME='2026/01/01/[$LATEST]bench' AWS_EXECUTION_ENV=AWS_Lambda_java17 \
    POWERTOOLS_SERVICE_NAME=bench POWERTOOLS_METRICS_NAMESPACE=bench AWS_EMF_ENVIRONMENT=Lambda \
    _X_AMZN_TRACE_ID='Root=1-5e6722a7-cc56xmpl46db7ae02d4da47e;Parent=91ed514f1e5c03b2;Sampled=0'
}

# Lays out a function as Lambda unpacks its zip (classes at the root, jars in lib/) in $3, from
# its classes directory $1 (may be empty) and its lib directory $2; the harness's own cold-start
# driver jar is left out.
stage_deployment() {
  local classes="$1" lib="$2" dest="$3"
  mkdir -p "$dest/lib"
  [[ -n "$classes" ]] && cp -r "$classes/." "$dest/"
  find "$lib" -name '*.jar' ! -name 'skiff-bench-coldstart-driver-*' -exec cp {} "$dest/lib/" \;
}

# Fails unless $1 exists, saying which build makes it.
need() { [[ -e "$1" ]] || die "$1 is missing; build first: $2"; }

# Stops a process we started, and waits for it.
stop_pid() {
  local pid="$1"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 200); do kill -0 "$pid" 2>/dev/null || break; nap 0.01; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# From a -Xlog:class+load file, the $2 (default 12) package prefixes (three names deep) that
# loaded the most classes: where cold-start class loading goes.
classes_by_package() {
  grep 'source:' "$1" | awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^source:/) { print $(i - 1); break } }' \
    | awk -F. '{ n = (NF > 4 ? 3 : NF - 1); p = $1; for (i = 2; i <= n; i++) p = p "." $i; print p }' \
    | sort | uniq -c | sort -rn | head -"${2:-12}" | awk '{ printf "%s=%s ", $2, $1 } END { print "" }'
}
