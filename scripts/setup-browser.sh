#!/usr/bin/env bash
# Installs Debian's Chromium for the real-browser tests, unless it is already there.
# Needs root (CI runs as root); elsewhere, run it with sudo or install "chromium" yourself.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  echo "Chromium is installed: $chromium"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH)." >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
echo "Chromium installed: $("$chromium" --version)"
