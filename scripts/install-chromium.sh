#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (Tests/Web/BrowserTests.cs drive it with Playwright by its path: Playwright's
# own browser download cannot be reached) when it is missing. Needs apt-get, as root or through sudo.
# Usage (from the repository root): scripts/install-chromium.sh CALLER   — exits 2 when it cannot be installed.
set -euo pipefail
caller=$1
if [[ -x /usr/bin/chromium ]]; then
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "$caller: /usr/bin/chromium not found and no apt-get to install it: install Chromium for the browser tests." >&2
  exit 2
fi
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  sudo="sudo"
fi
echo "$caller: installing Chromium for the browser tests (apt-get install chromium)" >&2
$sudo apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
