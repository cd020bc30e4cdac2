#!/usr/bin/env bash
# Every test: unit, property, snapshot and format tests of the whole solution.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test Pipeline.sln -c Release -nologo "$@"
