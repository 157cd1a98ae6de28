#!/usr/bin/env bash
# Packs every public workspace package into a tarball, so another project can install the packages
# before they are published:  bash scripts/pack-all.sh [out-dir]   (default: ./packs)
# then, in the other project:  npm install /path/to/packs/*.tgz
# The packages depend on each other by exact version; installed together from the tarballs, npm
# satisfies those dependencies with the tarballs themselves. Builds first (npm run build) unless
# ZWGK_PACK_NO_BUILD=1. Prints the tarball paths, one a line.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mkdir -p "${1:-packs}" && cd "${1:-packs}" && pwd)"

if [[ "${ZWGK_PACK_NO_BUILD:-}" != 1 ]]; then npm run build >&2; fi

# Public workspace directories, in dependency order (scripts/workspaces.mjs expands the root globs).
mapfile -t packages < <(node scripts/workspaces.mjs --public)

# One npm process packs them all; --ignore-scripts: the packages have no pack scripts to run.
npm pack "${packages[@]/#/./}" --pack-destination "$out" --ignore-scripts --json |
  node -e 'for (const p of JSON.parse(require("node:fs").readFileSync(0, "utf8"))) console.log(`${process.argv[1]}/${p.filename}`)' "$out"
