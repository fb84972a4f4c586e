#!/usr/bin/env bash
# First validation in a fresh JVM: the generated validator against Hibernate Validator (factory
# bootstrap included, as on a service's first request), $RUNS runs each, interleaved, on the
# valid and on the invalid body. Reports the first validation's own time and the time from
# launching java to its end, beside a baseline: the same Skiff process that builds the body
# and skips the validation (what validating adds to start-up is skiff - baseline).
#
#   benchmarks/scripts/first-validation.sh          # RUNS=10
set -euo pipefail
source "$(dirname "$0")/lib.sh"

RUNS="${RUNS:-10}"
JAR="$BENCH_DIR/jmh/target/benchmarks.jar"
need "$JAR" "mvn -pl benchmarks/jmh -am package -DskipTests"
WORK="$(mktemp -d /tmp/skiff-first-validation.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

run() { # label input (the sample's NewItem; BODY=order for the bench app's)
  local main=dev.skiff.bench.validation.SkiffFirstValidation mode=validate
  [[ "$1" == hibernate ]] && main=dev.skiff.bench.validation.HibernateFirstValidation
  [[ "$1" == baseline ]] && mode=baseline
  java -Dbench.launchMicros="$(now_micros)" -cp "$JAR" "$main" "${BODY:-item}" "$2" "$mode" | grep '^RESULT'
}

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }

check_quiet
log "machine: $(machine)"
run skiff valid >/dev/null; run hibernate valid >/dev/null
for input in valid invalid; do
  : > "$WORK/skiff.$input"; : > "$WORK/hibernate.$input"; : > "$WORK/baseline.$input"
  for i in $(seq 1 "$RUNS"); do
    case $(( i % 3 )) in
      0) order=(baseline skiff hibernate) ;;
      1) order=(skiff hibernate baseline) ;;
      *) order=(hibernate baseline skiff) ;;
    esac
    for label in "${order[@]}"; do run "$label" "$input" >> "$WORK/$label.$input"; done
  done
done

{
  echo "# first-validation $(date -u +%FT%TZ) $(machine)"
  echo "runs=$RUNS per input, interleaved; first_validation_ms = the first validate call (HV: with factory bootstrap)"
  for input in valid invalid; do
    for label in baseline skiff hibernate; do
      first="$(field first_validation_ms < "$WORK/$label.$input" | stats)"
      launch="$(field from_launch_ms < "$WORK/$label.$input" | stats)"
      echo "$input $label first_validation_ms $(echo "$first" | fmt_stats) from_launch_ms $(echo "$launch" | fmt_stats) violations $(field violations < "$WORK/$label.$input" | sort -u | tr '\n' ' ')"
      declare "first_${label}=$(echo "$first" | cut -d' ' -f1)" "launch_${label}=$(echo "$launch" | cut -d' ' -f1)"
    done
    echo "$input hibernate_over_skiff first_validation $(ratio "$first_hibernate" "$first_skiff") from_launch $(ratio "$launch_hibernate" "$launch_skiff")"
    echo "$input added_to_start_ms skiff $(awk -v a="$launch_skiff" -v b="$launch_baseline" 'BEGIN{printf "%.1f", a-b}') hibernate $(awk -v a="$launch_hibernate" -v b="$launch_baseline" 'BEGIN{printf "%.1f", a-b}') (medians of launch->done minus the baseline's)"
  done
} | tee "$RESULTS_DIR/first-validation.txt"
