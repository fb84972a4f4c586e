#!/usr/bin/env bash
# Issue 20, item 4 (in-process part): the Lambda soak. 100,000 invocations mixing valid, 404, 500,
# 422, unreadable and over-the-limit requests through the handler's handleRequest, and 100,000
# through Skiff's runtime loop with 8 invocation threads at once (AWS_LAMBDA_MAX_CONCURRENCY)
# against the Runtime API stand-in; every log line and EMF document is checked to name only its
# own invocation (request id, correlation id, trace id, key-values, MDC entries, metric
# dimensions), and used heap after GC is reported at a tenth and at the end of each.
# These are runtime-lambda's InvocationIsolationTest and ConcurrentIsolationTest (10,000 and 4,000
# invocations in the test suite) with the soak's counts.
#
#   benchmarks/scripts/lambda-soak.sh                          # 100,000 each
#   INVOCATIONS=20000 benchmarks/scripts/lambda-soak.sh
#   SUFFIX=-issue20 benchmarks/scripts/lambda-soak.sh          # results/lambda-soak-issue20.txt
set -euo pipefail
source "$(dirname "$0")/lib.sh"

INVOCATIONS="${INVOCATIONS:-100000}"
SUFFIX="${SUFFIX:-}"
OUT="$RESULTS_DIR/lambda-soak$SUFFIX.txt"

check_quiet 1.0
cd "$ROOT_DIR"
log "runtime-lambda isolation tests with $INVOCATIONS invocations each"
{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(machine)"
  mvn -B -o -pl runtime-lambda -am test -Dsurefire.failIfNoSpecifiedTests=false \
      -Dtest='InvocationIsolationTest,ConcurrentIsolationTest' \
      -Dskiff.soak.invocations="$INVOCATIONS" -Dskiff.soak.loopInvocations="$INVOCATIONS" 2>&1 \
    | grep -E '^isolation through|Tests run:|FAIL|BUILD' || true
} | tee "$OUT"
grep -q 'BUILD SUCCESS' "$OUT" || die "the soak failed: see $OUT"
log "written $OUT"
