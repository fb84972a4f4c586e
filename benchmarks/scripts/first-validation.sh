#!/usr/bin/env bash
# First validation in a fresh JVM: the generated validator against Hibernate Validator (factory
# bootstrap included, as on a service's first request), $RUNS runs each, interleaved, on the
# valid and on the invalid body. Reports the first validation's own time and the time from
# launching java to its end, beside a baseline: the same Skiff process that builds the body
# and skips the validation (what validating adds to start-up is skiff - baseline).
#
# With FROM=json every target first writes its body as JSON and reads it back with Skiff's mapper
# (untimed), as a request's body is read before it is validated: the first validation of a started service, after
# Jackson and a few hundred classes have loaded, rather than of an otherwise empty JVM.
#
#   benchmarks/scripts/first-validation.sh             # RUNS=10, the sample's NewItem
#   BODY=order benchmarks/scripts/first-validation.sh  # the bench app's NewOrder, with the hand-written floor
#   FROM=json BODY=order benchmarks/scripts/first-validation.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"
HERE="$(dirname "$0")"

RUNS="${RUNS:-10}"
JAR="$BENCH_DIR/jmh/target/benchmarks.jar"
need "$JAR" "mvn -pl benchmarks/jmh -am package -DskipTests"
WORK="$(mktemp -d /tmp/skiff-first-validation.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

run() { # label input (the sample's NewItem; BODY=order for the bench app's)
  local main=dev.skiff.bench.validation.SkiffFirstValidation mode=validate
  [[ "$1" == hibernate ]] && main=dev.skiff.bench.validation.HibernateFirstValidation
  [[ "$1" == floor ]] && main=dev.skiff.bench.validation.FloorFirstValidation
  [[ "$1" == baseline ]] && mode=baseline
  java -Dbench.launchMicros="$(now_micros)" -Dbench.from="${FROM:-code}" -cp "$JAR" "$main" "${BODY:-item}" "$2" "$mode" | grep '^RESULT'
}

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }

# the hand-written floor (if-statements) exists for the bench app's order body
LABELS=(baseline skiff hibernate)
[[ "${BODY:-item}" == order ]] && LABELS+=(floor)

check_quiet
log "machine: $(machine)"
run skiff valid >/dev/null; run hibernate valid >/dev/null
for input in valid invalid; do
  for label in "${LABELS[@]}"; do : > "$WORK/$label.$input"; done
  for i in $(seq 1 "$RUNS"); do
    # rotate the order each run so drift hits every target alike
    order=("${LABELS[@]:i % ${#LABELS[@]}}" "${LABELS[@]:0:i % ${#LABELS[@]}}")
    for label in "${order[@]}"; do run "$label" "$input" >> "$WORK/$label.$input"; done
  done
done

{
  echo "# first-validation $(date -u +%FT%TZ) $(machine)"
  echo "runs=$RUNS per input, interleaved, body from ${FROM:-code}; first_validation_ms = the first validate call (HV: with factory bootstrap)"
  for input in valid invalid; do
    for label in "${LABELS[@]}"; do
      field first_validation_ms < "$WORK/$label.$input" > "$WORK/$label.$input.first"
      field from_launch_ms < "$WORK/$label.$input" > "$WORK/$label.$input.launch"
      first="$(stats < "$WORK/$label.$input.first")"
      launch="$(stats < "$WORK/$label.$input.launch")"
      echo "$input $label first_validation_ms $(echo "$first" | fmt_stats) from_launch_ms $(echo "$launch" | fmt_stats) violations $(field violations < "$WORK/$label.$input" | sort -u | tr '\n' ' ')"
      declare "first_${label}=$(echo "$first" | cut -d' ' -f1)" "launch_${label}=$(echo "$launch" | cut -d' ' -f1)"
    done
    echo "$input hibernate_over_skiff first_validation $(ratio "$first_hibernate" "$first_skiff") from_launch $(ratio "$launch_hibernate" "$launch_skiff")"
    [[ -n "${first_floor:-}" ]] && echo "$input skiff_over_floor first_validation $(ratio "$first_skiff" "$first_floor")"
    # the baseline creates the Problems in its first call too, so the difference is validation's own
    echo "$input validation_only_ms skiff $("$HERE/median_diff.py" "$WORK/skiff.$input.first" "$WORK/baseline.$input.first") (the first call's own time minus the baseline's)"
    for label in skiff ${first_floor:+floor} hibernate; do
      echo "$input added_to_start_ms $label $("$HERE/median_diff.py" "$WORK/$label.$input.launch" "$WORK/baseline.$input.launch") (launch->done minus the baseline's)"
    done
  done
  # the raw runs, so that every figure above can be recomputed from this file
  echo "raw:"
  for input in valid invalid; do
    for label in "${LABELS[@]}"; do sed "s/^/$input /" "$WORK/$label.$input"; done
  done
} | tee "$RESULTS_DIR/first-validation${BODY:+-$BODY}${FROM:+-$FROM}.txt"
