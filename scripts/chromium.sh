#!/usr/bin/env bash
# Finds Debian's headless Chromium for the HTML report's browser test, installing it when missing
# (CI runs as root), and prints the variable the test reads:
#   eval "$(bash scripts/chromium.sh)"   # exports ZWGK_CHROMIUM
set -euo pipefail
BIN="${ZWGK_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$BIN" ]; then
  echo "Chromium not found: installing Debian's chromium" >&2
  (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)) >&2
fi
[ -x "$BIN" ] || { echo "Chromium is still missing at $BIN" >&2; exit 1; }
echo "export ZWGK_CHROMIUM=$BIN"
