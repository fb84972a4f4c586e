#!/usr/bin/env bash
# Build cost: javac on a synthetic API of $OPS operations (default 200: GET list with a query
# parameter, GET with one and with two path variables, POST with a validated record body, per
# resource), once with the Skiff processor and once without (-proc:none), $RUNS times each,
# interleaved, and a third time with -proc:only (the processor's rounds without compiling their
# output). Whole javac processes, as a build runs them. Prints medians (min-max) and the ratio.
#
#   benchmarks/scripts/build-cost.sh            # RUNS=7 OPS=200
#   SKIP_BUILD=1 RUNS=11 benchmarks/scripts/build-cost.sh
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
# the processor links framework-api's message interpolation at compile time; Maven copies that jar
# to api-lib only (the build-cost module depends on it directly)
PROC_CP="$(ls "$LIBS"/processor-lib/*.jar "$LIBS"/api-lib/skiff-framework-api-*.jar | grep -v route-generator | tr '\n' ':')"
GEN_CP="$LIBS/processor-lib/*"

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
  start="$(now_micros)"
  javac --release 17 -parameters -encoding UTF-8 -implicit:none -cp "$API_CP" "${proc[@]}" \
      -d "$out" -s "$gen" "@$WORK/files"
  end="$(now_micros)"
  echo $(( (end - start) / 1000 ))
}

check_quiet
: > "$WORK/plain.ms"; : > "$WORK/skiff.ms"; : > "$WORK/proc-only.ms"
compile plain >/dev/null; compile skiff >/dev/null   # disk cache and CDS archive warm for both
for i in $(seq 1 "$RUNS"); do
  if (( i % 2 )); then order=(plain skiff proc-only); else order=(proc-only skiff plain); fi
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
  echo "ratio_median $(ratio "$(echo "$skiff" | cut -d' ' -f1)" "$(echo "$plain" | cut -d' ' -f1)")"
  echo "raw_plain $(tr '\n' ' ' < "$WORK/plain.ms")"
  echo "raw_skiff $(tr '\n' ' ' < "$WORK/skiff.ms")"
  echo "raw_proc_only $(tr '\n' ' ' < "$WORK/proc-only.ms")"
} | tee "$RESULTS_DIR/build-cost.txt"
