#!/usr/bin/env bash
# Checks CloudFormation templates: AWS Control Tower guard rules (and Skiff's own) with cfn-guard,
# then a lint against AWS's resource specification (lint.mjs). See README.md.
#
#   check.sh [--verbose] [--skip <rule>]... <template.json | directory>...
#
# A directory stands for every *.template.json below it (a cdk.out directory, say). --skip leaves
# out a rule by its file name without .guard (e.g. --skip ct-apigateway-pr-4). --verbose adds
# cfn-guard's own detailed report to a failure.
# Exit status: 0 all pass, 1 a check failed, 2 the checks could not run.

set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
pkg="$here/node_modules/@cdklabs/cdk-validator-cfnguard"
ct="$pkg/rules/control-tower/cfn-guard"

# The rules every template must pass: AWS Control Tower proactive controls shipped with
# @cdklabs/cdk-validator-cfnguard, and Skiff's own in rules/.
rules=(
  "$ct/apigateway/ct-apigateway-pr-5.guard"   # API Gateway V2 (HTTP/WebSocket) routes are authorised
  "$ct/lambda/ct-lambda-pr-5.guard"           # Lambda Function URLs use AWS_IAM
  "$here/rules/rest-method-authorization.guard" # REST API methods other than OPTIONS are authorised
  "$ct/apigateway/ct-apigateway-pr-1.guard"   # REST/WebSocket stages have execution logging
  "$ct/apigateway/ct-apigateway-pr-2.guard"   # REST stages have X-Ray tracing
  "$ct/apigateway/ct-apigateway-pr-4.guard"   # API Gateway V2 stages have access logging
)

usage() {
  sed -n '5,11s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

verbose=0
skips=()
inputs=()
while [ $# -gt 0 ]; do
  case "$1" in
    -v|--verbose) verbose=1 ;;
    --skip) [ $# -ge 2 ] || { usage >&2; exit 2; }; skips+=("${2%.guard}"); shift ;;
    --skip=*) skip="${1#--skip=}"; skips+=("${skip%.guard}") ;;
    -h|--help) usage; exit 0 ;;
    --) shift; inputs+=("$@"); break ;;
    -*) echo "check.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) inputs+=("$1") ;;
  esac
  shift
done
[ ${#inputs[@]} -gt 0 ] || { usage >&2; exit 2; }

absolute() { (cd "$(dirname "$1")" && printf '%s/%s\n' "$(pwd -P)" "$(basename "$1")"); }

templates=()
for input in "${inputs[@]}"; do
  if [ -d "$input" ]; then
    found=0
    while IFS= read -r -d '' f; do templates+=("$(absolute "$f")"); found=1; done \
      < <(find "$input" -type f -name '*.template.json' -print0 | sort -z)
    [ $found -eq 1 ] || { echo "check.sh: no *.template.json below $input" >&2; exit 2; }
  elif [ -f "$input" ]; then
    templates+=("$(absolute "$input")")
  else
    echo "check.sh: no such file or directory: $input" >&2
    exit 2
  fi
done

case "$(uname -s)" in
  Linux) os=ubuntu ;;
  Darwin) os=macos ;;
  *) echo "check.sh: cfn-guard is bundled for Linux and macOS only, not $(uname -s)" >&2; exit 2 ;;
esac
case "$(uname -m)" in
  x86_64|amd64) arch=x86_64 ;;
  aarch64|arm64) arch=aarch64 ;;
  *) echo "check.sh: cfn-guard is bundled for x86_64 and aarch64 only, not $(uname -m)" >&2; exit 2 ;;
esac
guard="$pkg/bin/$os/$arch/cfn-guard"
if [ ! -x "$guard" ] || [ ! -d "$here/node_modules/@aws-cdk/aws-service-spec" ]; then
  echo "check.sh: the tools are not installed: run 'npm ci' in $here (the cdk module's build does)" >&2
  exit 2
fi
command -v node >/dev/null 2>&1 || { echo "check.sh: node is not on the PATH" >&2; exit 2; }

for s in ${skips[@]+"${skips[@]}"}; do
  known=0
  for rule in "${rules[@]}"; do [ "$(basename "$rule" .guard)" = "$s" ] && known=1; done
  [ $known -eq 1 ] || { echo "check.sh: --skip $s: no such rule" >&2; exit 2; }
done
rule_args=()
rule_count=0
for rule in "${rules[@]}"; do
  name="$(basename "$rule" .guard)"
  skipped=0
  for s in ${skips[@]+"${skips[@]}"}; do [ "$s" = "$name" ] && skipped=1; done
  [ $skipped -eq 1 ] && continue
  [ -f "$rule" ] || { echo "check.sh: rule file missing: $rule" >&2; exit 2; }
  rule_args+=(--rules "$rule")
  rule_count=$((rule_count + 1))
done
data_args=()
for t in "${templates[@]}"; do data_args+=(--data "$t"); done

work="$(mktemp -d "${TMPDIR:-/tmp}/cfn-checks.XXXXXX")"
trap 'rm -rf "$work"' EXIT

status=0
summary=()

# 1. cfn-guard: every rule file against every template, in one process
if [ ${#rule_args[@]} -gt 0 ]; then
  "$guard" validate --structured --show-summary none --output-format json \
    "${rule_args[@]}" "${data_args[@]}" >"$work/guard.json" 2>"$work/guard.err"
  guard_rc=$?
  case $guard_rc in
    0) summary+=("cfn-guard passed ($rule_count rule files)") ;;
    19)
      echo "cfn-guard: rule failures"
      node "$here/guard-report.mjs" "$work/guard.json"
      if [ $verbose -eq 1 ]; then
        "$guard" validate --show-summary fail "${rule_args[@]}" "${data_args[@]}"
      fi
      summary+=("cfn-guard FAILED")
      status=1 ;;
    *)
      echo "cfn-guard could not run (exit status $guard_rc):" >&2
      cat "$work/guard.err" "$work/guard.json" >&2
      summary+=("cfn-guard ERROR")
      status=2 ;;
  esac
fi

# 2. the schema lint, all templates in one node process
node "$here/lint.mjs" "${templates[@]}" >"$work/lint.out" 2>&1
lint_rc=$?
case $lint_rc in
  0) summary+=("lint passed") ;;
  1)
    echo "lint: findings against the AWS resource specification"
    cat "$work/lint.out"
    summary+=("lint FAILED")
    [ $status -eq 2 ] || status=1 ;;
  *)
    echo "lint could not run (exit status $lint_rc):" >&2
    cat "$work/lint.out" >&2
    summary+=("lint ERROR")
    status=2 ;;
esac

line="cfn-checks: ${#templates[@]} template(s):"
for part in "${summary[@]}"; do line="$line $part;"; done
echo "${line%;}"
exit $status
