using Microsoft.Extensions.Diagnostics.HealthChecks;
using PodConnect.Http.Reachability;

namespace PodConnect.AspNetCore.HealthChecks;

/// <summary>
/// One remote API answers PodConnect's calls: Healthy while its last call succeeded (or none was made yet),
/// Degraded while calls fail, Unhealthy once they have failed for <see cref="PodConnectHealthCheckOptions.RemoteApiUnhealthyAfter"/>
/// and at least <see cref="PodConnectHealthCheckOptions.RemoteApiUnhealthyFailures"/> times in a row. Judged from
/// the calls the loop makes anyway: the check itself calls nothing.
/// </summary>
internal sealed class RemoteApiHealthCheck(string api, RemoteApiMonitor monitor, TimeProvider time, PodConnectHealthCheckOptions options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = monitor.GetStatus(api);
        var data = new Dictionary<string, object> { ["consecutiveFailures"] = status.ConsecutiveFailures };
        if (status.LastSuccessAt is { } success)
        {
            data["lastSuccessAt"] = success;
        }

        if (status.FailingSince is not { } since)
        {
            var healthy = status.LastSuccessAt is null ? $"No call to {api} yet." : $"The last call to {api} succeeded.";
            return Task.FromResult(HealthCheckResult.Healthy(healthy, data));
        }

        var failing = time.GetUtcNow() - since;
        data["failingSince"] = since;
        data["lastFailure"] = status.LastFailure.ToString();
        var summary = $"Calls to {api} have failed for {failing.TotalSeconds:0} s ({status.ConsecutiveFailures} in a row, last: {status.LastFailure}).";
        return Task.FromResult(
            failing >= options.RemoteApiUnhealthyAfter && status.ConsecutiveFailures >= options.RemoteApiUnhealthyFailures
                ? HealthCheckResult.Unhealthy(summary, data: data)
                : HealthCheckResult.Degraded(summary, data: data));
    }
}
