#!/usr/bin/env bash
# Every test: unit, property, snapshot and format tests of the whole solution, and the storage tests, which start their
# own Azurite (the npm package pinned in package.json).
set -euo pipefail
cd "$(dirname "$0")"

# Azurite from the lockfile, installed when missing or when the lockfile changed.
scripts/install-azurite.sh test.sh "the storage tests run Azurite from npm"

# Pipeline.Local.slnf is Pipeline.sln without Functions/, whose worker packages this machine's NuGet mirror lacks.
dotnet test Pipeline.Local.slnf -c Release -nologo "$@"
