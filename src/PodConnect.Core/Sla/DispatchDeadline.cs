namespace PodConnect.Sla;

/// <summary>An order's dispatch deadline and where it came from.</summary>
/// <param name="At">The last instant at which dispatch (ready to ship with tracking) is on time.</param>
/// <param name="Source">Whether the marketplace stated it or PodConnect computed it.</param>
public readonly record struct DispatchDeadline(DateTimeOffset At, DeadlineSource Source);

/// <summary>Where a deadline came from.</summary>
public enum DeadlineSource
{
    /// <summary>The marketplace stated it on the order (TikTok <c>rts_sla_time</c>); it always wins.</summary>
    Marketplace,

    /// <summary>Computed from the market's rule because the order did not state one.</summary>
    MarketRule,
}
