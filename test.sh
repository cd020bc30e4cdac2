#!/usr/bin/env bash
# Every test: unit, property, snapshot and format tests of the whole solution, and the storage tests, which start their
# own Azurite (the npm package pinned in package.json).
set -euo pipefail
cd "$(dirname "$0")"

# Install Azurite from the lockfile when it is missing or the lockfile has changed since the last install, so a fresh
# clone needs nothing beyond the .NET SDK and Node.js. The copy of the lockfile records what was installed.
installed=node_modules/.installed-package-lock.json
if [[ ! -x node_modules/.bin/azurite ]] || ! cmp -s package-lock.json "$installed"; then
  if ! command -v npm >/dev/null; then
    echo "test.sh: npm not found. Install Node.js 20 or later: the storage tests run Azurite from npm." >&2
    exit 2
  fi
  echo "test.sh: installing Azurite from package-lock.json (npm ci)" >&2
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  cp package-lock.json "$installed"
fi

# Pipeline.Local.slnf is Pipeline.sln without Functions/, whose worker packages this machine's NuGet mirror lacks.
dotnet test Pipeline.Local.slnf -c Release -nologo "$@"
