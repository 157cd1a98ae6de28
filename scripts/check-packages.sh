#!/usr/bin/env bash
# Packaging checks of every public (non-private) workspace package, after `npm run build`:
#   publint           package.json fields against the files that would be published
#   attw --pack       whether TypeScript resolves the types under every module resolution (node10,
#                     node16 CJS and ESM, bundler) for each exported entry
#   npm pack          the tarball carries the LICENSE
# Non-zero when any package fails either check; every package is checked before exiting.
set -uo pipefail
cd "$(dirname "$0")/.."

bin="$PWD/node_modules/.bin"
failed=()
# Public workspace directories, in dependency order (scripts/workspaces.mjs expands the root globs).
mapfile -t packages < <(node scripts/workspaces.mjs --public)

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
  # The tarball carries the licence (npm adds a LICENSE file beside package.json whatever `files` says).
  if ! npm pack --dry-run --json --ignore-scripts "./$dir" 2>/dev/null | node -e '
      const [pack] = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
      process.exit(pack.files.some((f) => f.path === "LICENSE") ? 0 : 1)'; then
    echo "✗ $dir: the tarball has no LICENSE (copy the root LICENSE into the package)"; ok=0
  fi
  (( ok )) || failed+=("$dir")
done

if (( ${#failed[@]} )); then
  echo "packaging checks failed in: ${failed[*]}"
  exit 1
fi
echo "packaging checks passed for ${#packages[@]} packages"
