#!/usr/bin/env bash
# Where javac's time goes with the Skiff processor: compiles the synthetic API of $OPS operations
# once under Java Flight Recorder and lists the methods most often on the stack (the processor's
# stages, JavaPoet, javac's own phases).
#
#   benchmarks/scripts/profile-build.sh            # OPS=200
set -euo pipefail
source "$(dirname "$0")/lib.sh"

OPS="${OPS:-200}"
LIBS="$BENCH_DIR/build-cost/target"
need "$LIBS/processor-lib" "mvn -pl benchmarks/build-cost -am package"
WORK="$(mktemp -d /tmp/skiff-profile-build.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
PROC_CP="$(ls "$LIBS"/processor-lib/*.jar | grep -v route-generator | tr '\n' ':')"

java -cp "$LIBS/processor-lib/*" dev.skiff.bench.gen.GenerateSyntheticApi "$WORK/src" dev.skiff.bench.build "$OPS" --bodies >&2
find "$WORK/src" -name '*.java' ! -name SyntheticApp.java | sort > "$WORK/files"
mkdir -p "$WORK/out" "$WORK/gen"
javac -J-XX:FlightRecorderOptions:stackdepth=512 -J-XX:StartFlightRecording=filename="$WORK/javac.jfr",settings=profile --release 17 -parameters -encoding UTF-8 \
    -implicit:none -cp "$LIBS/api-lib/*" -processorpath "$PROC_CP" -d "$WORK/out" -s "$WORK/gen" "@$WORK/files" 2>/dev/null
jfr print --stack-depth 512 --events jdk.ExecutionSample "$WORK/javac.jfr" > "$WORK/samples.txt"
{
  echo "# profile-build $(date -u +%FT%TZ) operations=$OPS"
  python3 "$(dirname "$0")/jfr_breakdown.py" "$WORK/samples.txt" \
      --only dev.skiff.processor,com.palantir.javapoet,com.sun.tools.javac.main,com.sun.tools.javac.processing,com.sun.tools.javac.comp.Attr,com.sun.tools.javac.jvm.Gen,com.sun.tools.javac.parser \
      --top 40
} | tee "$RESULTS_DIR/profile-build.txt"
