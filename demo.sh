#!/usr/bin/env bash
# The demo: parse the five seed documents and the printed PDF, and print what was found in each.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build Cli/Cli.csproj -c Release -nologo -v quiet
dotnet Cli/bin/Release/net10.0/minutes.dll parse Tests/Corpus/seeds/*.txt Tests/Corpus/printed/halton-cyp-2024-09-09.pdf "$@"
