#!/usr/bin/env bash
# Fuzzes every fuzz test in turn, each for the given time (default 5m), from the repository root:
#   fuzz/fuzz-all.sh 10m            # every target, 10 minutes each
#   fuzz/fuzz-all.sh 2m FormsFuzzTest#anyForm LambdaEventFuzzTest#readOrRefuse
# Jazzer runs one fuzz test per JVM (JAZZER_FUZZ=1), so each target is a build of its own. A
# finding is written next to the seeds (src/test/resources/.../<Test>Inputs/<method>/crash-*) and
# fails that run; the script goes on with the next target and lists the failed ones at the end.
set -u
cd "$(dirname "$0")/.."
duration="${1:-5m}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(
    RouterFuzzTest#sampleRoutes RouterFuzzTest#anyRoutes
    ConverterFuzzTest#convertOrRefuse
    BodyReaderFuzzTest#newItem BodyReaderFuzzTest#adjustment BodyReaderFuzzTest#itemPage
    FormsFuzzTest#anyForm FormsFuzzTest#multipartRoundTrip FormsFuzzTest#urlencodedRoundTrip
    LambdaEventFuzzTest#readOrRefuse LambdaEventFuzzTest#sampleHandler
  )
fi
mkdir -p fuzz/target
failed=()
for target in "${targets[@]}"; do
  log="fuzz/target/fuzz-${target//#/-}.log"
  echo "fuzzing $target for $duration (log: $log)"
  if ! JAZZER_FUZZ=1 mvn -o -q -pl fuzz -am test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djazzer.max_duration="$duration" >"$log" 2>&1; then
    failed+=("$target")
  fi
  grep -E '^#[0-9]+[[:space:]]+DONE|^== Java Exception|^INFO: Java exception' "$log" | tail -2
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "findings or failures in: ${failed[*]}"
  exit 1
fi
echo "no findings"
