#!/usr/bin/env bash
# Packs every package into a local folder and proves a user can install and use them: a fresh consumer
# project (outside the repository, so no build file of ours leaks in) restores them from that folder
# and runs; the podconnect tool installs from it and answers --help.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
feed="$work/feed"

dotnet pack PodConnect.sln -c Release -o "$feed" -p:ContinuousIntegrationBuild=true -nologo -v:q
version=$(dotnet msbuild src/PodConnect.Core -getProperty:PackageVersion)
echo "packed $(ls "$feed" | wc -l) packages, version $version:"
ls "$feed"

cp -r .ci/consumer "$work/consumer"
cat > "$work/consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
# Our packages live only in the local folder, and a stale copy in the global cache must not stand in for them.
export NUGET_PACKAGES="$work/packages"
dotnet run --project "$work/consumer" -p:PodConnectVersion="$version" -nologo

# Every C# block in README.md and docs/ compiles against the packed packages (see .ci/docs-snippets.cs).
cp .ci/docs-snippets.cs "$work/docs-snippets.cs"
repo=$(pwd)
(cd "$work" && dotnet run docs-snippets.cs -- "$repo" "$work/snippets" "$version")
cp "$work/consumer/nuget.config" "$work/snippets/nuget.config"
dotnet build "$work/snippets" -nologo -v:q
echo "docs snippets: every block compiles"

dotnet tool install PodConnect.Cli --tool-path "$work/tools" --version "$version" --add-source "$feed" >/dev/null
"$work/tools/podconnect" --help >/dev/null
echo "podconnect tool: installed from the local feed and answers --help"

# The README's main-job command, from the installed tool: the loop on its fakes, no credentials, no network.
# Seed 42's 50 orders all ship on time, so anything but exit 0 (every order shipped or surfaced, none
# duplicated, LDR under 4%) is a regression; the summary is printed either way.
if ! "$work/tools/podconnect" demo --orders 50 --seed 42 --quiet; then
  echo "podconnect demo --orders 50 from the installed tool did not exit 0" >&2
  exit 1
fi
echo "podconnect tool: demo --orders 50 ran the fulfillment loop on its fakes"
