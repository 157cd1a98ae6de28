#!/usr/bin/env bash
# Packaging checks of every public (non-private) workspace package, after `npm run build`:
#   publint           package.json fields against the files that would be published
#   attw --pack       whether TypeScript resolves the types under every module resolution (node10,
#                     node16 CJS and ESM, bundler) for each exported entry
# Non-zero when any package fails either check; every package is checked before exiting.
set -uo pipefail
cd "$(dirname "$0")/.."

bin="$PWD/node_modules/.bin"
failed=()
# Workspace directories, expanded from the root package.json's globs, public ones only.
mapfile -t packages < <(node -e '
  const { existsSync, readFileSync, readdirSync } = require("node:fs");
  const { join } = require("node:path");
  const globs = JSON.parse(readFileSync("package.json", "utf8")).workspaces;
  const dirs = globs.flatMap((g) => g.endsWith("/*") ? readdirSync(g.slice(0, -2)).map((d) => join(g.slice(0, -2), d)) : [g]);
  for (const dir of [...new Set(dirs)]) {
    const file = join(dir, "package.json");
    if (existsSync(file) && !JSON.parse(readFileSync(file, "utf8")).private) console.log(dir);
  }')

for dir in "${packages[@]}"; do
  if [[ ! -f "$dir/dist/index.js" ]]; then
    echo "✗ $dir: no dist/ (run npm run build first)"; failed+=("$dir"); continue
  fi
  echo "== $dir"
  ok=1
  # --strict: warnings (e.g. a types condition that is not first) fail too.
  "$bin/publint" "$dir" --strict --level suggestion || ok=0
  # attw packs the package with npm pack itself; all profiles, so node10 (`main`/`types`) is checked too.
  "$bin/attw" --pack "$dir" --format table-flipped || ok=0
  (( ok )) || failed+=("$dir")
done

if (( ${#failed[@]} )); then
  echo "packaging checks failed in: ${failed[*]}"
  exit 1
fi
echo "packaging checks passed for ${#packages[@]} packages"
