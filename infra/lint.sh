#!/usr/bin/env bash
# Builds and lints every Bicep file under infra/ with the Bicep CLI pinned in Directory.Packages.props, offline, and
# fails on any diagnostic: errors, linter findings (bicepconfig.json makes them errors) and warnings alike, so a
# resource type or API version this CLI does not know (BCP081) fails too. Also checks that main.parameters.json sets
# only parameters main.bicep declares, since azd would otherwise fail at deployment time.
set -euo pipefail
cd "$(dirname "$0")"

# The CLI comes from NuGet through a restore-only project; after the first restore it is in the package cache.
tools=tools/BicepCli.csproj
dotnet restore "$tools" --verbosity quiet >/dev/null
bicep=$(dotnet msbuild "$tools" -nologo -getProperty:BicepPath)
# NuGet does not always keep the executable bit when it extracts a package.
[[ -x $bicep ]] || chmod u+x "$bicep"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

failed=0
mapfile -t files < <(find . -name '*.bicep' -not -path './tools/*' | sort)
for file in "${files[@]}"; do
  # Both commands print their diagnostics to stderr and nothing else there, so any output at all is a finding.
  if ! diagnostics=$("$bicep" build "$file" --outdir "$out/$(dirname "$file")" 2>&1) || [[ -n $diagnostics ]] \
    || ! diagnostics=$("$bicep" lint "$file" 2>&1) || [[ -n $diagnostics ]]; then
    printf '%s\n' "$diagnostics" >&2
    failed=1
  fi
done

if [[ -f $out/main.json ]]; then
  # Node.js is already required for Azurite; it reads JSON without another tool. The $ in it is JavaScript's.
  # shellcheck disable=SC2016
  if ! node -e '
    const [parameters, template] = process.argv.slice(1).map(file => require(file));
    const undeclared = Object.keys(parameters.parameters).filter(name => !(name in template.parameters));
    if (undeclared.length) {
      console.error(`infra/main.parameters.json sets parameters main.bicep does not declare: ${undeclared.join(", ")}`);
      process.exit(1);
    }' "$PWD/main.parameters.json" "$out/main.json"; then
    failed=1
  fi
fi

# The hook scripts too, where ShellCheck is installed (apt-get install shellcheck); it is not needed to deploy.
if command -v shellcheck >/dev/null; then
  shellcheck lint.sh hooks/*.sh || failed=1
else
  echo "infra/lint.sh: shellcheck not installed, shell scripts not checked" >&2
fi

if ((failed)); then
  echo "infra/lint.sh: findings above" >&2
  exit 1
fi
echo "infra/lint.sh: ${#files[@]} Bicep files build and lint clean ($("$bicep" --version))"
