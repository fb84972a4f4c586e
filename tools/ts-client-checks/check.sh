#!/usr/bin/env bash
# Compiles a Skiff-generated TypeScript client (client.ts) and its TanStack Query options
# (queries.ts) with tsc --strict, then runs client.test.mjs (node:test) on the compiled
# JavaScript against a running API. Then the same for the client of the processor's java_client
# fixture (its golden file) with typed/errors.ts, and runtime.test.mjs against a recording fetch.
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
mkdir -p "$work/src" "$work/shop/src"
cp "$generated/client.ts" "$generated/queries.ts" "$work/src/"
golden="$here/../../processor/src/test/resources/golden/typescript"
cp "$golden/shop.client.ts.txt" "$work/shop/src/client.ts"
cp "$golden/shop.queries.ts.txt" "$work/shop/src/queries.ts"
cp "$here/typed/errors.ts" "$work/shop/src/"
ln -s "$here/node_modules" "$work/shop/node_modules"
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
cp "$work/tsconfig.json" "$work/package.json" "$work/shop/"
echo "== tsc --strict ($work/src)"
if ! (cd "$work" && "$here/node_modules/.bin/tsc" -p tsconfig.json); then
  echo "tsc --strict failed"
  exit 1
fi
echo "== tsc --strict ($work/shop/src: the java_client fixture's golden client and typed/errors.ts)"
if ! (cd "$work/shop" && "$here/node_modules/.bin/tsc" -p tsconfig.json); then
  echo "tsc --strict failed on the fixture's client"
  exit 1
fi
echo "== node --test runtime.test.mjs (the fixture's client against a recording fetch)"
SHOP_CLIENT_DIR="$work/shop/out" node --test --test-reporter=spec "$here/runtime.test.mjs" || exit 1
echo "== node --test client.test.mjs against $url"
API_URL="$url" CLIENT_DIR="$work/out" node --test --test-reporter=spec "$here/client.test.mjs" || exit 1
