#!/usr/bin/env bash
# A local Azurite that keeps its data, for exploring after the demo: blob, queue and table services on 127.0.0.1 ports
# 10000-10002 (what the CLI's default setting, UseDevelopmentStorage=true, expects), data under .azurite/ (git-ignored).
# Runs in the foreground; stop it with Ctrl+C. Then, in another terminal: ./minutes storage init
# Usage: scripts/azurite.sh [--reset]   (--reset deletes the kept data first)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-azurite.sh scripts/azurite.sh "the local storage is Azurite from npm"

data=.azurite
if [[ ${1:-} == --reset ]]; then
  rm -rf "$data"
  echo "scripts/azurite.sh: deleted the data in $data/." >&2
fi
mkdir -p "$data"

# --skipApiVersionCheck: the Azure SDK asks for a newer API version than Azurite knows (without it every call ends in
# 400 InvalidHeaderValue); --loose accepts headers Azurite does not implement; --disableTelemetry keeps it off the network.
echo "scripts/azurite.sh: Azurite on 127.0.0.1 ports 10000 (blob) 10001 (queue) 10002 (table), data in $data/. Ctrl+C stops it." >&2
exec node_modules/.bin/azurite --location "$data" --skipApiVersionCheck --loose --disableTelemetry \
  --blobHost 127.0.0.1 --blobPort 10000 --queueHost 127.0.0.1 --queuePort 10001 --tableHost 127.0.0.1 --tablePort 10002
