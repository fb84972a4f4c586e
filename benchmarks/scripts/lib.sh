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
