namespace PodConnect.Fulfillment;

/// <summary>
/// A snapshot of the fulfilment loop's progress, for health checks and dashboards
/// (<see cref="FulfillmentMonitor.Status"/>). Counts and instants only, never an order id.
/// </summary>
/// <param name="IsRunning">The hosted loop (<c>.RunFulfillment()</c>) is running: started and not stopped.</param>
/// <param name="CompletedPasses">The passes completed so far.</param>
/// <param name="LastPassCompletedAt">When the last pass completed; <see langword="null"/> before the first.</param>
/// <param name="OldestWorkDueAt">
/// When the oldest work not yet taken by a pass became due: an order's next step, the next poll, or the
/// oldest webhook hint waiting. In the future when nothing is waiting; <see langword="null"/> before the
/// loop has started or run a pass.
/// </param>
public readonly record struct FulfillmentLoopStatus(bool IsRunning, long CompletedPasses, DateTimeOffset? LastPassCompletedAt, DateTimeOffset? OldestWorkDueAt)
{
    /// <summary>
    /// How long the oldest waiting work has waited at <paramref name="now"/> — the loop's queue age; zero when
    /// nothing is waiting. A loop that keeps up stays near zero; a stalled pass lets it grow.
    /// </summary>
    /// <param name="now">The current instant (from the loop's <see cref="TimeProvider"/>).</param>
    public TimeSpan QueueAgeAt(DateTimeOffset now) => OldestWorkDueAt is { } due && due < now ? now - due : TimeSpan.Zero;
}
