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

dotnet tool install PodConnect.Cli --tool-path "$work/tools" --version "$version" --add-source "$feed" >/dev/null
"$work/tools/podconnect" --help >/dev/null
echo "podconnect tool: installed from the local feed and answers --help"
