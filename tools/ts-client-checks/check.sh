#!/usr/bin/env bash
# Compiles a Skiff-generated TypeScript client (client.ts) and its TanStack Query options
# (queries.ts) with tsc --strict, then runs client.test.mjs (node:test) on the compiled
# JavaScript against a running API.
#   check.sh <dir with client.ts and queries.ts> <API base URL> <work dir>
# Exit status: 0 all passed, 1 a check failed, 2 bad usage or tools missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ $# -ne 3 ]; then
  echo "usage: check.sh <generated dir> <api url> <work dir>" >&2
  exit 2
fi
generated="$1"; url="$2"; work="$3"
if [ ! -x "$here/node_modules/.bin/tsc" ]; then
  echo "tools/ts-client-checks: run npm ci first" >&2
  exit 2
fi
rm -rf "$work"
mkdir -p "$work/src"
cp "$generated/client.ts" "$generated/queries.ts" "$work/src/"
# the generated files import @tanstack/query-core (types only) as a project that installed it would
ln -s "$here/node_modules" "$work/node_modules"
cat > "$work/tsconfig.json" <<'JSON'
{
  "compilerOptions": {
    "strict": true,
    "target": "es2022",
    "module": "nodenext",
    "moduleResolution": "nodenext",
    "lib": ["es2022", "dom", "dom.iterable"],
    "outDir": "out",
    "rootDir": "src",
    "skipLibCheck": false
  },
  "include": ["src"]
}
JSON
echo '{ "type": "module" }' > "$work/package.json"
echo "== tsc --strict ($work/src)"
if ! (cd "$work" && "$here/node_modules/.bin/tsc" -p tsconfig.json); then
  echo "tsc --strict failed"
  exit 1
fi
echo "== node --test client.test.mjs against $url"
API_URL="$url" CLIENT_DIR="$work/out" node --test --test-reporter=spec "$here/client.test.mjs" || exit 1
