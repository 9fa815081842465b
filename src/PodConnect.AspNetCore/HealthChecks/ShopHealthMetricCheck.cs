using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PodConnect.Health;

namespace PodConnect.AspNetCore.HealthChecks;

/// <summary>
/// One shop-health metric across every shop with records, from the hub's <see cref="IShopHealth"/> (TikTok exposes
/// none of them): the worst shop decides — Degraded when its forecast is near the limit, Unhealthy over it. The
/// state is the hub's own (<see cref="HealthState"/>), so the check, the routing stance and the events agree.
/// Reports rates, counts and headroom per shop id, never an order id.
/// </summary>
internal sealed class ShopHealthMetricCheck(IShopHealth health, HealthMetric metric) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshots = await health.GetSnapshotsAsync(cancellationToken).ConfigureAwait(false);
        if (snapshots.Count == 0)
        {
            return HealthCheckResult.Healthy($"{metric}: no orders recorded yet.");
        }

        var data = new Dictionary<string, object>();
        var worst = snapshots[0][metric];
        var worstShop = snapshots[0].ShopId;
        foreach (var snapshot in snapshots)
        {
            var m = snapshot[metric];
            data[snapshot.ShopId] = string.Create(
                CultureInfo.InvariantCulture,
                $"{m.State}: now {m.Now.Value:P2} of {m.Now.Counted}, forecast {m.Forecast.Value:P2}, limit {m.Rule.Limit:P2}, headroom {m.Headroom}");
            if (m.State > worst.State || (m.State == worst.State && m.Headroom < worst.Headroom))
            {
                (worst, worstShop) = (m, snapshot.ShopId);
            }
        }

        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"{metric} of shop {worstShop} (worst of {snapshots.Count}): forecast {worst.Forecast.Value:P2} against a limit of {worst.Rule.Limit:P2}{(worst.Rule.Confirmed ? string.Empty : " (UNCONFIRMED)")}, {worst.Headroom} more bad outcomes absorbed.");
        return worst.State switch
        {
            HealthState.Over => HealthCheckResult.Unhealthy(summary, data: data),
            HealthState.Near => HealthCheckResult.Degraded(summary, data: data),
            _ => HealthCheckResult.Healthy(summary, data),
        };
    }
}
