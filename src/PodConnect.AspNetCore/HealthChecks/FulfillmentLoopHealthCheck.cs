using Microsoft.Extensions.Diagnostics.HealthChecks;
using PodConnect.Fulfillment;

namespace PodConnect.AspNetCore.HealthChecks;

/// <summary>
/// The fulfilment loop runs and keeps up: Unhealthy when the hosted loop is not running or its oldest waiting
/// work (an order's next step, a poll, a webhook hint) has waited past the unhealthy age, Degraded past the
/// degraded age. Reports counts and instants only.
/// </summary>
internal sealed class FulfillmentLoopHealthCheck(FulfillmentMonitor monitor, TimeProvider time, PodConnectHealthCheckOptions options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = monitor.Status;
        var age = status.QueueAgeAt(time.GetUtcNow());
        var data = new Dictionary<string, object>
        {
            ["running"] = status.IsRunning,
            ["passes"] = status.CompletedPasses,
            ["queueAgeSeconds"] = age.TotalSeconds,
        };
        if (status.LastPassCompletedAt is { } last)
        {
            data["lastPassCompletedAt"] = last;
        }

        if (!status.IsRunning)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The fulfilment loop is not running.", data: data));
        }

        var summary = $"The fulfilment loop is running; its oldest waiting work has waited {age.TotalSeconds:0} s ({status.CompletedPasses} passes completed).";
        return Task.FromResult(
            age >= options.LoopQueueAgeUnhealthyAt ? HealthCheckResult.Unhealthy(summary, data: data)
            : age >= options.LoopQueueAgeDegradedAt ? HealthCheckResult.Degraded(summary, data: data)
            : HealthCheckResult.Healthy(summary, data));
    }
}
