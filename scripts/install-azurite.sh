#!/usr/bin/env bash
# Installs Azurite from package-lock.json (npm ci) when it is missing or the lockfile changed since the last install, so a
# fresh clone needs nothing beyond the .NET SDK and Node.js. The copy of the lockfile records what was installed.
# Usage (from the repository root): scripts/install-azurite.sh CALLER WHY-AZURITE   — exits 2 when npm is missing.
set -euo pipefail
caller=$1 why=$2
cd "$(dirname "$0")/.."
installed=node_modules/.installed-package-lock.json
if [[ ! -x node_modules/.bin/azurite ]] || ! cmp -s package-lock.json "$installed"; then
  if ! command -v npm >/dev/null; then
    echo "$caller: npm not found. Install Node.js 20 or later: $why." >&2
    exit 2
  fi
  echo "$caller: installing Azurite from package-lock.json (npm ci)" >&2
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  cp package-lock.json "$installed"
fi
