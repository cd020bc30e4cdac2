#!/usr/bin/env bash
# The demo: a local Azurite (in memory), the pipeline's storage created in it, the seed corpus and the printed PDF ingested,
# then the Halton meetings printed from the tables, and the owners' digests sent once through the local log channel. Azurite is stopped at the end, also on failure.
# Needs only the .NET SDK and Node.js.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD

# ./demo.sh --serve: after the demo, keep Azurite and serve the site over it on 127.0.0.1 until Ctrl-C.
serve=false
case "${1:-}" in
  --serve) serve=true ;;
  "") ;;
  *) echo "usage: ./demo.sh [--serve]" >&2; exit 2 ;;
esac

# Azurite from the lockfile, installed as test.sh installs it: when missing or when the lockfile changed.
scripts/install-azurite.sh demo.sh "the demo runs Azurite from npm"

dotnet build Cli/Cli.csproj -c Release -nologo -v quiet
minutes() { dotnet "$root/Cli/bin/Release/net10.0/minutes.dll" "$@"; }
# Each step is echoed as a person would type it (in bold on a terminal).
if [[ -t 1 ]]; then bold=$'\033[1m' plain=$'\033[0m'; else bold='' plain=''; fi
step() { printf '\n%s$ minutes %s%s\n' "$bold" "$*" "$plain"; }

# Azurite's standard ports when all three are free, otherwise three free loopback ports.
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if ! listening 10000 && ! listening 10001 && ! listening 10002; then
  ports=(10000 10001 10002)
else
  read -r -a ports < <(node -e '
    const net = require("net");
    const servers = [0, 1, 2].map(() => net.createServer());
    Promise.all(servers.map(s => new Promise(ok => s.listen(0, "127.0.0.1", ok))))
      .then(() => { console.log(servers.map(s => s.address().port).join(" ")); servers.forEach(s => s.close()); });')
fi
if ((${#ports[@]} != 3)); then
  echo "demo.sh: could not find three free loopback ports for Azurite." >&2
  exit 2
fi

# In memory, on loopback only; --skipApiVersionCheck because the Azure SDK asks for a newer API version than Azurite
# knows; --disableTelemetry, since Azurite otherwise reports usage over the network. Started from an empty folder so that nothing it might write lands in the repository.
workdir=$(mktemp -d)
(cd "$workdir" && exec "$root/node_modules/.bin/azurite" --inMemoryPersistence --skipApiVersionCheck --disableTelemetry --loose --silent \
  --blobHost 127.0.0.1 --blobPort "${ports[0]}" --queueHost 127.0.0.1 --queuePort "${ports[1]}" \
  --tableHost 127.0.0.1 --tablePort "${ports[2]}") >"$workdir/azurite.log" 2>&1 &
azurite=$!
stop_azurite() {
  # Azurite closes its services on SIGTERM but its process can linger for minutes; in memory it has nothing to save.
  kill "$azurite" 2>/dev/null || true
  for _ in $(seq 30); do kill -0 "$azurite" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$azurite" 2>/dev/null || true
  wait "$azurite" 2>/dev/null || true
  rm -rf "$workdir"
  echo "demo.sh: Azurite stopped." >&2
}
trap stop_azurite EXIT

for _ in $(seq 300); do
  if listening "${ports[0]}" && listening "${ports[1]}" && listening "${ports[2]}"; then break; fi
  if ! kill -0 "$azurite" 2>/dev/null; then
    echo "demo.sh: Azurite exited before listening:" >&2
    cat "$workdir/azurite.log" >&2
    exit 2
  fi
  sleep 0.1
done
echo "demo.sh: Azurite listening on 127.0.0.1 ports ${ports[*]} (in memory)." >&2

# Azurite's well-known development account (the same public key in every Azurite), on the ports chosen above.
account=devstoreaccount1
key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
export MINUTES_MinutesStorage="DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;BlobEndpoint=http://127.0.0.1:${ports[0]}/$account;QueueEndpoint=http://127.0.0.1:${ports[1]}/$account;TableEndpoint=http://127.0.0.1:${ports[2]}/$account;"

step storage init
minutes storage init

# Two of the seeds do not say which meeting they record: 000 is a portal page without its header, 004 one item's
# "Minutes:" block. The pipeline quarantines them with the reason and the ingest exits 1; anything else is a failure.
# The documents do not name their council (Halton, for all of them): --council fills it in.
council="Halton Borough Council"
step ingest Tests/Corpus/seeds Tests/Corpus/printed/halton-cyp-2024-09-09.pdf --council "\"$council\""
status=0
minutes ingest Tests/Corpus/seeds Tests/Corpus/printed/halton-cyp-2024-09-09.pdf --council "$council" || status=$?
if ((status != 1)); then
  echo "demo.sh: expected exit 1 (two seeds quarantined), got $status" >&2
  exit 1
fi

# 000's items are those of the board's meeting of 24 January 2022 (seed 002 is one of them, its Ofsted item 25), so its
# missing details can be given: the same file goes to the same blob, and is read again with them. 004 names no date
# anywhere, so it stays in quarantine.
committee="Children Young People and Families Policy and Performance Board"
step ingest Tests/Corpus/seeds/000_92ce380786534001.txt --council "\"$council\"" --committee "\"$committee\"" --date 2022-01-24
minutes ingest Tests/Corpus/seeds/000_92ce380786534001.txt --council "$council" --committee "$committee" --date 2022-01-24

step show "\"$committee\""
minutes show "$committee"
for date in 2022-01-24 2023-01-23 2024-09-09; do
  step show "\"$committee\"" "$date"
  minutes show "$committee" "$date"
done

step owners import samples/owners.csv --council "\"$council\""
minutes owners import samples/owners.csv --council "$council"

# The local channel only logs: each owner's digest is written to the console and recorded in the ledger, once.
step notify
minutes notify
step notifications
minutes notifications

# Every action the owner was sent, each now marked Notified.
owner="Executive Director of Children's Services"
step actions --owner "\"$owner\""
minutes actions --owner "$owner"

# Follow-up: four consecutive meetings of a parish council, whose minutes say in later meetings what became of the
# actions set in earlier ones. Each meeting stored derives the committee's follow-ups again, in any order.
parish="Hertingfordbury Parish Council"
step ingest Tests/Corpus/followup/tune/hertingfordbury_parish-council --council "\"$parish\""
minutes ingest Tests/Corpus/followup/tune/hertingfordbury_parish-council --council "$parish"
step actions --committee "\"$parish\"" --status done
minutes actions --committee "$parish" --status done
step actions --committee "\"$parish\"" --status carried_forward
minutes actions --committee "$parish" --status carried_forward

if $serve; then
  step serve
  minutes serve || true
  exit 0
fi

printf '\nThe demo'"'"'s Azurite kept nothing. To explore with storage that stays: scripts/azurite.sh in one terminal, then\n./minutes storage init and ./minutes ingest ... in another (./minutes --help lists the commands).\n'
