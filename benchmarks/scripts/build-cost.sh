#!/usr/bin/env bash
# Build cost: javac on a synthetic API of $OPS operations (default 200: GET list with a query
# parameter, GET with one and with two path variables, POST with a validated record body, per
# resource), once with the Skiff processor and once without (-proc:none), $RUNS times each,
# interleaved, a third time with -proc:only (the processor's rounds without compiling their
# output), and a fourth with -proc:none on the user's files plus the sources the processor
# generates (what compiling the generated code costs, without the processor). Whole javac
# processes, as a build runs them. Prints medians (min-max) and the ratio.
#
#   benchmarks/scripts/build-cost.sh            # RUNS=7 OPS=200
#   SKIP_BUILD=1 RUNS=11 benchmarks/scripts/build-cost.sh
#   BASELINE=/path/to/other/checkout/benchmarks/build-cost/target OUT=build-cost-mine.txt benchmarks/scripts/build-cost.sh
#
# BASELINE adds a fourth leg, interleaved with the others: javac with the processor built in
# another checkout (its `mvn -pl benchmarks/build-cost -am package`), for before/after figures
# from one session.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

RUNS="${RUNS:-7}"
OPS="${OPS:-200}"
WORK="$(mktemp -d /tmp/skiff-build-cost.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  log "building the processor and the build-cost class paths (no tests)"
  (cd "$ROOT_DIR" && mvn -q -pl benchmarks/build-cost -am package -DskipTests)
fi
LIBS="$BENCH_DIR/build-cost/target"
need "$LIBS/processor-lib" "mvn -pl benchmarks/build-cost -am package"
API_CP="$LIBS/api-lib/*"
processor_path() { # build-cost target dir -> the processor's class path
  ls "$1"/processor-lib/*.jar "$1"/api-lib/skiff-framework-api-*.jar | grep -v route-generator | tr '\n' ':'
}
# the processor links framework-api's message interpolation at compile time; Maven copies that jar
# to api-lib only (the build-cost module depends on it directly)
PROC_CP="$(processor_path "$LIBS")"
GEN_CP="$LIBS/processor-lib/*"
BASELINE="${BASELINE:-}"
[[ -z "$BASELINE" ]] || need "$BASELINE/processor-lib" "mvn -pl benchmarks/build-cost -am package in the baseline checkout"

java -cp "$GEN_CP" dev.skiff.bench.gen.GenerateSyntheticApi "$WORK/src" dev.skiff.bench.build "$OPS" --bodies >&2
# SyntheticApp calls the generated SkiffRoutes, which plain javac cannot see: both runs compile
# exactly the user's files (handlers and records)
find "$WORK/src" -name '*.java' ! -name SyntheticApp.java | sort > "$WORK/files"
log "compiling $(wc -l < "$WORK/files") files, $RUNS runs each, interleaved"

compile() { # mode -> elapsed ms
  local mode="$1" out="$WORK/out-$1" gen="$WORK/gen-$1" start end
  rm -rf "$out" "$gen"; mkdir -p "$out" "$gen"
  local proc=(-proc:none)
  [[ "$mode" == skiff ]] && proc=(-processorpath "$PROC_CP")
  # the processor's rounds alone: parse, enter, process, write; nothing attributed or compiled
  [[ "$mode" == proc-only ]] && proc=(-processorpath "$PROC_CP" -proc:only)
  local generated=()
  [[ "$mode" == generated ]] && generated=("@$WORK/generated-files")
  # the same user sources against the baseline's framework-api, through the baseline's processor
  local api="$API_CP"
  [[ "$mode" == baseline ]] && proc=(-processorpath "$(processor_path "$BASELINE")") && api="$BASELINE/api-lib/*"
  start="$(now_micros)"
  javac --release 17 -parameters -encoding UTF-8 -implicit:none -cp "$api" "${proc[@]}" \
      -d "$out" -s "$gen" "@$WORK/files" "${generated[@]}"
  end="$(now_micros)"
  echo $(( (end - start) / 1000 ))
}

check_quiet
# the generated sources, written once, for the "generated" leg
compile skiff >/dev/null
cp -r "$WORK/gen-skiff" "$WORK/generated"
find "$WORK/generated" -name '*.java' | sort > "$WORK/generated-files"
modes=(plain skiff proc-only generated)
[[ -z "$BASELINE" ]] || modes+=(baseline)
for mode in "${modes[@]}"; do : > "$WORK/$mode.ms"; compile "$mode" >/dev/null; done   # caches warm for all
for i in $(seq 1 "$RUNS"); do
  order=("${modes[@]}")
  if (( i % 2 == 0 )); then order=($(printf '%s\n' "${modes[@]}" | tac)); fi
  for mode in "${order[@]}"; do compile "$mode" >> "$WORK/$mode.ms"; done
done

generated="$(find "$WORK/gen-skiff" -type f | wc -l)"
[[ "$generated" -gt 0 ]] || die "the processor generated nothing: is it on the processor path?"
compile skiff >/dev/null   # leaves the generated sources in place for counting
plain="$(stats < "$WORK/plain.ms")"; skiff="$(stats < "$WORK/skiff.ms")"; proc_only="$(stats < "$WORK/proc-only.ms")"
user_lines="$(xargs cat < "$WORK/files" | wc -l)"
generated_lines="$(find "$WORK/gen-skiff" -name '*.java' -exec cat {} + | wc -l)"
{
  echo "# build-cost $(date -u +%FT%TZ) $(machine)"
  echo "operations=$OPS files=$(wc -l < "$WORK/files") user_lines=$user_lines generated_files=$generated generated_java_lines=$generated_lines runs=$RUNS"
  echo "javac_plain_ms $(echo "$plain" | fmt_stats)"
  echo "javac_skiff_ms $(echo "$skiff" | fmt_stats)"
  echo "javac_proc_only_ms $(echo "$proc_only" | fmt_stats)   (-proc:only: the processor's rounds, nothing compiled)"
  echo "javac_generated_ms $(echo "$(stats < "$WORK/generated.ms")" | fmt_stats)   (-proc:none on the user's and the generated sources)"
  echo "ratio_median $(ratio "$(echo "$skiff" | cut -d' ' -f1)" "$(echo "$plain" | cut -d' ' -f1)")"
  echo "raw_plain $(tr '\n' ' ' < "$WORK/plain.ms")"
  echo "raw_skiff $(tr '\n' ' ' < "$WORK/skiff.ms")"
  echo "raw_proc_only $(tr '\n' ' ' < "$WORK/proc-only.ms")"
  echo "raw_generated $(tr '\n' ' ' < "$WORK/generated.ms")"
  if [[ -n "$BASELINE" ]]; then
    baseline="$(stats < "$WORK/baseline.ms")"
    echo "javac_baseline_ms $(echo "$baseline" | fmt_stats)   (the processor of $BASELINE)"
    echo "baseline_ratio_median $(ratio "$(echo "$baseline" | cut -d' ' -f1)" "$(echo "$plain" | cut -d' ' -f1)")"
    echo "raw_baseline $(tr '\n' ' ' < "$WORK/baseline.ms")"
  fi
} | tee "$RESULTS_DIR/${OUT:-build-cost.txt}"
