#!/usr/bin/env bash
# Smoke test of the Functions app under the real Functions host, for machines with Azure Functions Core Tools (`func`):
# publishes Functions/, starts Azurite on its usual ports (what local.settings.sample.json's UseDevelopmentStorage=true
# means), runs `func start` in the published folder with the sample settings, waits until the host reports Running with
# the three functions indexed and the worker started, then stops both. The GitHub workflow's func-start job runs it.
# Usage: scripts/func-smoke.sh   — exits 1 when the host does not come up, printing its log.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v func >/dev/null || { echo "func-smoke.sh: func not found: npm i -g azure-functions-core-tools@4" >&2; exit 2; }
scripts/install-azurite.sh func-smoke.sh "the app's storage is Azurite from npm"

readonly port=7071 wait_seconds=120
work=$(mktemp -d)
app="$work/app"
pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT

dotnet publish Functions/Functions.csproj -c Release -nologo -o "$app" >/dev/null
cp local.settings.sample.json "$app/local.settings.json"

node_modules/.bin/azurite --inMemoryPersistence --skipApiVersionCheck --loose --disableTelemetry --silent \
  --blobHost 127.0.0.1 --blobPort 10000 --queueHost 127.0.0.1 --queuePort 10001 --tableHost 127.0.0.1 --tablePort 10002 &
pids+=($!)

(cd "$app" && exec func start --port "$port") >"$work/func.log" 2>&1 &
pids+=($!)

fail() { echo "func-smoke.sh: $1" >&2; cat "$work/func.log" >&2; exit 1; }
for ((second = 0; ; second++)); do
  status=$(curl -fsS "http://127.0.0.1:$port/admin/host/status" 2>/dev/null || true)
  grep -Eq '"state" *: *"Running"' <<<"$status" && break
  ((second < wait_seconds)) || fail "the host did not report Running within ${wait_seconds}s"
  sleep 1
done

functions=$(curl -fsS "http://127.0.0.1:$port/admin/functions")
for name in IngestMinutes NotifyActionOwners ScrapePortal ServeSite; do
  grep -Eq "\"name\" *: *\"$name\"" <<<"$functions" || fail "the host did not index $name"
done
grep -q "Worker process started and initialized" "$work/func.log" || fail "the worker process did not start"
# The site through the host's HTTP forwarding: its stylesheet needs no storage, and carries the site's headers.
curl -fsS -D "$work/site.headers" -o /dev/null "http://127.0.0.1:$port/site.css" || fail "the host did not serve the site's /site.css"
grep -qi '^content-security-policy:' "$work/site.headers" || fail "/site.css came without the site's Content-Security-Policy"
echo "func-smoke.sh: func start ran the app: host Running, its four functions indexed, worker initialized, the site served."
