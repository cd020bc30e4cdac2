#!/usr/bin/env bash
# Every test: unit, property, snapshot and format tests of the whole solution, and the storage tests, which start their
# own Azurite (the npm package pinned in package.json).
set -euo pipefail
cd "$(dirname "$0")"

# Azurite from the lockfile, installed when missing or when the lockfile changed.
scripts/install-azurite.sh test.sh "the storage tests run Azurite from npm"
# Chromium for the browser tests of the web pages.
scripts/install-chromium.sh test.sh

# The whole solution built (dotnet test alone builds only the test projects and what they reference: not the Functions app,
# the benchmarks or the experiments), then every test project run.
dotnet build Pipeline.sln -c Release -nologo
dotnet test Pipeline.sln -c Release -nologo --no-build "$@"
