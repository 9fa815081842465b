#!/usr/bin/env bash
# Routing gate (issue 3): runs the single-order routing benchmark with a short job, exports its
# results (JSON + CSV + GitHub markdown under BenchmarkDotNet.Artifacts/routing-gate/results) and
# fails when the compiled router's hot path allocates or when it is less than MIN_RATIO times faster
# than the naive baseline measured in the same run. A ratio from one run holds on a noisy machine;
# an absolute time would not. Takes about a minute (well under the 5-minute budget).
set -euo pipefail
cd "$(dirname "$0")/.."

MIN_RATIO="${ROUTING_GATE_MIN_RATIO:-10}"
ARTIFACTS="BenchmarkDotNet.Artifacts/routing-gate"
rm -rf "$ARTIFACTS"

dotnet run -c Release --project benchmarks/PodConnect.Benchmarks -- \
  --filter '*SingleOrderRoutingBenchmarks*' --job short --exporters json csv github \
  --artifacts "$ARTIFACTS" --stopOnFirstError

report="$(ls "$ARTIFACTS"/results/*SingleOrderRoutingBenchmarks-report-full-compressed.json)"
rows="$(jq -r '.Benchmarks | group_by(.Parameters)[] |
  [ .[0].Parameters,
    (map(select(.Method == "Naive"))[0].Statistics.Median),
    (map(select(.Method == "Compiled"))[0].Statistics.Median),
    (map(select(.Method == "Compiled"))[0].Memory.BytesAllocatedPerOperation) ] | @tsv' "$report")"

if [ -z "$rows" ]; then
  echo "routing gate: no results in $report" >&2
  exit 1
fi

failed=0
while IFS=$'\t' read -r params naive compiled bytes; do
  ratio="$(awk -v n="$naive" -v c="$compiled" 'BEGIN { printf "%.1f", n / c }')"
  verdict="ok"
  if [ "$bytes" != "0" ]; then
    verdict="FAIL: hot path allocates $bytes B per order"
    failed=1
  fi
  if awk -v r="$ratio" -v m="$MIN_RATIO" 'BEGIN { exit !(r < m) }'; then
    verdict="FAIL: only ${ratio}x the naive baseline (minimum ${MIN_RATIO}x)"
    failed=1
  fi
  printf 'routing gate [%s]: compiled %.1f ns, naive %.1f ns, %sx, %s B allocated -> %s\n' \
    "$params" "$compiled" "$naive" "$ratio" "$bytes" "$verdict"
done <<< "$rows"

exit "$failed"
