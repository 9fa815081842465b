#!/usr/bin/env bash
# In-process A/B of single-order routing across commits (issue 12's speed work): builds
# PodConnect.Core at each commit, loads the builds side by side (one AssemblyLoadContext each) and
# routes SingleOrderRoutingBenchmarks' 256 orders with each in alternation, so a loaded shared machine
# slows all builds alike; the figure to read is the median of per-round ratios to the first build.
# Not part of the solution or CI: the projects are generated in a temporary directory.
#
#   benchmarks/routing-ab/route-ab.sh [rounds] name=commit[:old|:ignore] ...
#   e.g. benchmarks/routing-ab/route-ab.sh 100 before=d0639e9:old main=main this=HEAD this-ignore=HEAD:ignore
#
# ':old' marks a Core without RoutingPolicy.WithDeliveryDeadline (before issue 12); ':ignore' routes
# with DeliveryDeadlineRule.Ignore (the old router's question). Needs only the .NET SDK and the NuGet cache.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
here="$repo/benchmarks/routing-ab"
rounds="${1:-100}"; shift || true
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
specs=()
for arg in "$@"; do
  name="${arg%%=*}"; rest="${arg#*=}"; commit="${rest%%:*}"; flag=""; [[ "$rest" == *:* ]] && flag="${rest#*:}"
  sha="$(git -C "$repo" rev-parse --short "$commit")"
  if [[ ! -d "$work/core-$sha" ]]; then
    mkdir -p "$work/src-$sha" "$work/drv-src-$sha"
    git -C "$repo" archive "$sha" | tar -x -C "$work/src-$sha"
    (cd "$work/src-$sha" && dotnet build src/PodConnect.Core -c Release -o "$work/core-$sha" -v q -nologo >/dev/null)
    cp "$here/Bench.cs" "$here/AbDriver.csproj" "$work/drv-src-$sha/"
    sed 's/namespace PodConnect.Benchmarks.Routing;/namespace AbDriver;/' "$repo/benchmarks/PodConnect.Benchmarks/Routing/SyntheticNetwork.cs" > "$work/drv-src-$sha/SyntheticNetwork.cs"
    old=false; [[ "$flag" == old ]] && old=true
    (cd "$work/drv-src-$sha" && dotnet build -c Release -p:CoreDir="$work/core-$sha" -p:Old=$old -o "$work/drv-$sha" -v q -nologo >/dev/null)
  fi
  spec="$name=$work/core-$sha:$work/drv-$sha"; [[ "$flag" == ignore ]] && spec="$spec:ignore"
  specs+=("$spec")
done
mkdir -p "$work/host-src" && cp "$here/Host.cs" "$here/Host.csproj" "$work/host-src/"
(cd "$work/host-src" && dotnet build -c Release -o "$work/host" -v q -nologo >/dev/null)
for scenario in typical no-one-in-time; do
  for network in built-in synthetic-130; do
    dotnet "$work/host/Host.dll" "$rounds" "$network" "$scenario" "${specs[@]}"
  done
done
