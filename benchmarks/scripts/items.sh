#!/usr/bin/env bash
# The items servers under test (the sample on runtime-local, and its raw Undertow floor) and a
# bash-only HTTP probe, shared by local-server.sh and coldstart-local.sh. Sourced, not run.

SAMPLE_JAR="${SAMPLE_JAR:-$(ls "$ROOT_DIR"/samples/items/target/*-all.jar 2>/dev/null | head -1 || true)}"
SAMPLE_MAIN="${SAMPLE_MAIN:-dev.skiff.samples.items.ItemsApplication}"
FLOOR_JAR="${FLOOR_JAR:-$(ls "$BENCH_DIR"/floor-local/target/*-all.jar 2>/dev/null | head -1 || true)}"
FLOOR_MAIN=dev.skiff.bench.floor.local.RawUndertowItemsServer
MIDDLE_JAR="${MIDDLE_JAR:-$(ls "$BENCH_DIR"/middle-local/target/*-all.jar 2>/dev/null | head -1 || true)}"
# A valid Adjustment (a reprice: the same answer every time, the store does not grow)
ADJUST_BODY="${ADJUST_BODY:-{\"kind\":\"reprice\",\"price\":24.90\}}"
# A valid NewItem for the sample (and the floor, which copies its shape)
DEFAULT_ITEM_BODY='{"name":"Espresso machine","price":349.90,"tags":["kitchen","coffee"],"dimensions":{"width":30.5,"height":40,"depth":25},"contactEmail":"ada@example.com"}'
ITEM_BODY="${ITEM_BODY:-$DEFAULT_ITEM_BODY}"

# The command that starts target $1 ("skiff", "skiff-quiet", "floor", "floor-dispatch", "floor-io",
# "skiff-bare" or "skiff-middle");
# extra JVM options in $JVM_OPTS.
server_cmd() {
  case "$1" in
    skiff) need "$SAMPLE_JAR" "mvn -pl samples/items -am package -DskipTests"
           echo "java ${JVM_OPTS:-} -cp $SAMPLE_JAR $SAMPLE_MAIN" ;;
    # the same, with the per-request access log line (slf4j-simple, INFO) turned off: its cost
    skiff-quiet) need "$SAMPLE_JAR" "mvn -pl samples/items -am package -DskipTests"
           echo "java ${JVM_OPTS:-} -Dorg.slf4j.simpleLogger.log.dev.skiff.local.access=warn -cp $SAMPLE_JAR $SAMPLE_MAIN" ;;
    floor) need "$FLOOR_JAR" "mvn -pl benchmarks/floor-local -am package -DskipTests"
           echo "java ${JVM_OPTS:-} -cp $FLOOR_JAR $FLOOR_MAIN" ;;
    # jackson-core floors (issue 20): dispatched to a worker thread with a blocking body read, or
    # kept on the IO thread with receiveFullBytes
    floor-dispatch|floor-io) need "$FLOOR_JAR" "mvn -pl benchmarks/floor-local -am package -DskipTests"
           echo "java ${JVM_OPTS:-} -cp $FLOOR_JAR dev.skiff.bench.floor.local.CoreJsonItemsServer ${1#floor-}" ;;
    # the sample's API without the application's CORS policy and interceptors, and with a CORS
    # policy (one listed origin) and one interceptor: what the middle of the request costs
    skiff-bare|skiff-middle) need "$MIDDLE_JAR" "mvn -pl benchmarks/middle-local -am package -DskipTests"
           echo "java ${JVM_OPTS:-} -jar $MIDDLE_JAR ${1#skiff-}" ;;
    *) die "unknown target $1" ;;
  esac
}

# Sends one request with bash's /dev/tcp and sets HTTP_STATUS; fails when nothing listens yet.
# No process is started (no command substitution), so polling barely competes with the JVM
# being measured. Usage: http_probe PORT METHOD PATH [BODY]
HTTP_STATUS=""
http_probe() {
  local port="$1" method="$2" path="$3" body="${4:-}" line
  HTTP_STATUS=""
  { exec 7<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
  printf '%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s' \
      "$method" "$path" "${#body}" "$body" >&7
  read -r -t 10 line <&7 || line=""
  exec 7>&- 7<&-
  line="${line#HTTP/1.1 }"
  [[ -n "$line" ]] || return 1
  HTTP_STATUS="${line%% *}"
}

# The access lines a Skiff server's log says it dropped (runtime-local's AccessLogWriter warns
# "N access log lines dropped: ... (T in all)"): the last total, 0 when none (or not Skiff).
access_lines_dropped() {
  grep -o 'access log lines dropped: .*(\([0-9]*\) in all)' "$1" 2>/dev/null | tail -1 \
    | sed 's/.*(\([0-9]*\) in all)/\1/' | grep . || echo 0
}
