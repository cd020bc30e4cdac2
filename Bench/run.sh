#!/usr/bin/env bash
# Runs the parser benchmarks in Release and prints the verdict (see Bench/README.md).
# Installs pdftotext (Debian's poppler-utils) first if it is missing: the PDF benchmarks need it as
# their baseline. Arguments go to BenchmarkDotNet, e.g.  Bench/run.sh --job short
#
# Bench/run.sh e2e [--documents 200] ...  runs the end-to-end ingestion against Azurite instead, installing
# Azurite from package-lock.json first (npm ci) when it is missing or out of date, as test.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "e2e" ]; then
    shift
    scripts/install-azurite.sh run.sh "the end-to-end run starts Azurite from npm"
    exec dotnet run -c Release --project Bench -- e2e "$@"
fi

if ! command -v pdftotext >/dev/null 2>&1; then
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "pdftotext is missing and apt-get is not available: install poppler-utils with this system's package manager." >&2
        exit 2
    fi
    echo "pdftotext is missing: installing poppler-utils." >&2
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y poppler-utils
fi

# Without a filter BenchmarkDotNet asks interactively which benchmarks to run; a script runs them all.
args=("$@")
has_filter=false
for arg in "${args[@]}"; do
    case "$arg" in --filter|-f) has_filter=true ;; esac
done
if [ "$has_filter" = false ]; then args+=(--filter '*'); fi

exec dotnet run -c Release --project Bench -- "${args[@]}"
