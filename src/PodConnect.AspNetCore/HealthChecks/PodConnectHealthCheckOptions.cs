using PodConnect.Dispatch;

namespace PodConnect.AspNetCore.HealthChecks;

/// <summary>Thresholds of the checks added by <c>services.AddHealthChecks().AddPodConnect()</c>.</summary>
public sealed class PodConnectHealthCheckOptions
{
    /// <summary>The Late Dispatch Rate above which the shop is Unhealthy: TikTok Shop's 4% (0.04).</summary>
    public double LateDispatchThreshold { get; set; } = DispatchLedger.DefaultThreshold;

    /// <summary>The Late Dispatch Rate from which the shop is Degraded, an early warning below the threshold: 3% (0.03).</summary>
    public double LateDispatchDegradedAt { get; set; } = 0.03;

    /// <summary>The trailing window the rate is taken over: TikTok Shop's 30 days.</summary>
    public TimeSpan LateDispatchWindow { get; set; } = DispatchLedger.DefaultWindow;

    /// <summary>The queue age (how long the loop's oldest waiting work has waited) from which the loop is Degraded. Default 2 minutes.</summary>
    public TimeSpan LoopQueueAgeDegradedAt { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The queue age from which the loop is Unhealthy: it is not keeping up. Default 10 minutes.</summary>
    public TimeSpan LoopQueueAgeUnhealthyAt { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a remote API's calls must have failed before it is Unhealthy (Degraded until then). Default 5 minutes.</summary>
    public TimeSpan RemoteApiUnhealthyAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many calls in a row must have failed before a remote API is Unhealthy, so one failed call followed by silence is not an outage. Default 3.</summary>
    public int RemoteApiUnhealthyFailures { get; set; } = 3;

    internal void Validate()
    {
        if (!(LateDispatchThreshold is >= 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(LateDispatchThreshold), LateDispatchThreshold, "A fraction in [0, 1), e.g. 0.04 for 4%.");
        }

        if (!(LateDispatchDegradedAt >= 0 && LateDispatchDegradedAt <= LateDispatchThreshold))
        {
            throw new ArgumentOutOfRangeException(nameof(LateDispatchDegradedAt), LateDispatchDegradedAt, "A fraction from 0 up to LateDispatchThreshold, e.g. 0.03 for 3%.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(LateDispatchWindow, TimeSpan.Zero, nameof(LateDispatchWindow));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(LoopQueueAgeDegradedAt, TimeSpan.Zero, nameof(LoopQueueAgeDegradedAt));
        if (LoopQueueAgeUnhealthyAt < LoopQueueAgeDegradedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(LoopQueueAgeUnhealthyAt), LoopQueueAgeUnhealthyAt, "Must be at least LoopQueueAgeDegradedAt.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(RemoteApiUnhealthyAfter, TimeSpan.Zero, nameof(RemoteApiUnhealthyAfter));
        ArgumentOutOfRangeException.ThrowIfLessThan(RemoteApiUnhealthyFailures, 1, nameof(RemoteApiUnhealthyFailures));
    }
}
