#!/usr/bin/env bash
# Regenerates the markdown API reference (docs/api/, committed) from the public packages' TSDoc.
# Usage: bash scripts/api-docs/generate.sh [out-dir]   (default docs/api; the api-docs test passes a temp dir)
# Settings are in the root typedoc.json; entry points (one per package) in scripts/api-docs/entries/.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec node_modules/.bin/typedoc --options typedoc.json --out "${1:-docs/api}"
