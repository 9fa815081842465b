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
    }
}
