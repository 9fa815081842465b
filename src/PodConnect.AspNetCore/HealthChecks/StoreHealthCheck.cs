using Microsoft.Extensions.Diagnostics.HealthChecks;
using PodConnect.Stores;

namespace PodConnect.AspNetCore.HealthChecks;

/// <summary>
/// A shared store (Redis with <c>.UseRedis(…)</c>) answering its probe. Unhealthy while it does not: the loop
/// places nothing without its lease then, so the instance is not doing its job even though webhooks are still
/// accepted.
/// </summary>
internal sealed class StoreHealthCheck(IStoreHealthProbe probe) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var answer = await probe.CheckAsync(cancellationToken).ConfigureAwait(false);
        var data = new Dictionary<string, object> { ["store"] = probe.Name };
        if (answer.Latency is { } latency)
        {
            data["latencyMs"] = latency.TotalMilliseconds;
        }

        return answer.IsHealthy
            ? HealthCheckResult.Healthy($"{probe.Name}: {answer.Description}", data)
            : HealthCheckResult.Unhealthy($"{probe.Name} unreachable ({answer.Description}): the loop places nothing until it answers.", data: data);
    }
}
