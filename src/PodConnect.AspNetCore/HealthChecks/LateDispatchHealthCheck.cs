using Microsoft.Extensions.Diagnostics.HealthChecks;
using PodConnect.Dispatch;
using PodConnect.Stores;

namespace PodConnect.AspNetCore.HealthChecks;

/// <summary>
/// The shop's Late Dispatch Rate over the trailing window, from the dispatch ledger store (TikTok exposes no
/// LDR endpoint): Healthy below the early-warning rate, Degraded from it, Unhealthy over TikTok's threshold.
/// Reports counts and rates only, never an order id.
/// </summary>
internal sealed class LateDispatchHealthCheck(IDispatchLedgerStore store, TimeProvider time, PodConnectHealthCheckOptions options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var ledger = new DispatchLedger(options.LateDispatchWindow, options.LateDispatchThreshold);
        foreach (var record in await store.ReadSinceAsync(now - options.LateDispatchWindow, cancellationToken).ConfigureAwait(false))
        {
            ledger.Record(record);
        }

        var rate = ledger.RateAt(now);
        var data = new Dictionary<string, object>
        {
            ["late"] = rate.Late,
            ["dispatched"] = rate.Dispatched,
            ["rate"] = rate.Rate,
            ["threshold"] = rate.Threshold,
            ["headroom"] = rate.Headroom,
        };
        var summary = $"Late Dispatch Rate {rate.Rate:P2} ({rate.Late} of {rate.Dispatched} in {options.LateDispatchWindow.TotalDays:0.#} days), threshold {rate.Threshold:P2}, {rate.Headroom} more late dispatches absorbed.";
        if (rate.ExceedsThreshold)
        {
            return HealthCheckResult.Unhealthy(summary, data: data);
        }

        return rate.Dispatched > 0 && rate.Rate >= options.LateDispatchDegradedAt
            ? HealthCheckResult.Degraded(summary, data: data)
            : HealthCheckResult.Healthy(summary, data);
    }
}
