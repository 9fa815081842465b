#!/usr/bin/env bash
# Routing gate (issue 3): runs the single-order routing benchmark with a short job, exports its
# results under BenchmarkDotNet.Artifacts/routing-gate/results, and fails when the compiled router's
# hot path allocates or is less than ROUTING_GATE_MIN_RATIO (default 10) times faster than the naive
# baseline measured in the same run. The check lives in benchmarks/.../Routing/RoutingGate.cs, so
# it needs only the .NET SDK. Takes 1–2 minutes (the budget is 5).
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf BenchmarkDotNet.Artifacts/routing-gate
dotnet run -c Release --project benchmarks/PodConnect.Benchmarks -- --routing-gate
