#!/usr/bin/env bash
# Compiles sigv4-fetch.ts and its tests with tsc --strict into build/, then runs the tests with
# node:test on the compiled JavaScript against the SigV4 test suite's data file.
# Usage: test.sh <suite.json>     (npm ci first)
set -euo pipefail
cd "$(dirname "$0")"
suite="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
rm -rf build
node_modules/.bin/tsc -p tsconfig.json --strict
SIGV4_SUITE="$suite" node --test build/test/
