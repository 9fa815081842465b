namespace PodConnect.Dispatch;

/// <summary>
/// The Late Dispatch Rate over a window: late dispatches ÷ dispatches, with the counts behind it and
/// how many more late dispatches the window can absorb before the rate exceeds the threshold.
/// </summary>
public readonly record struct LateDispatchRate
{
    /// <summary>Creates a rate from counts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Counts are negative, late exceeds dispatched, or the threshold is outside [0, 1).</exception>
    public LateDispatchRate(int late, int dispatched, double threshold, DateTimeOffset windowStart, DateTimeOffset windowEnd)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(late);
        ArgumentOutOfRangeException.ThrowIfNegative(dispatched);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(late, dispatched);
        ThrowIfBadThreshold(threshold);
        Late = late;
        Dispatched = dispatched;
        Threshold = threshold;
        WindowStart = windowStart;
        WindowEnd = windowEnd;
    }

    /// <summary>Dispatches after their deadline.</summary>
    public int Late { get; }

    /// <summary>All dispatches in the window.</summary>
    public int Dispatched { get; }

    /// <summary>The threshold the shop must stay at or under (TikTok: 0.04).</summary>
    public double Threshold { get; }

    /// <summary>The window is (WindowStart, WindowEnd].</summary>
    public DateTimeOffset WindowStart { get; }

    /// <summary>The instant the rate is taken at.</summary>
    public DateTimeOffset WindowEnd { get; }

    /// <summary>Late ÷ dispatched; 0 when nothing was dispatched.</summary>
    public double Rate => Dispatched == 0 ? 0 : (double)Late / Dispatched;

    /// <summary>Whether the rate is above the threshold.</summary>
    public bool ExceedsThreshold => Rate > Threshold;

    /// <summary>
    /// The largest k ≥ 0 with (late + k) ÷ (dispatched + k) ≤ threshold: how many more late dispatches
    /// the window absorbs (assuming no on-time ones join it). 0 when already over the threshold.
    /// </summary>
    public int Headroom => HeadroomFor(Late, Dispatched, Threshold);

    /// <summary>The headroom for given counts (see <see cref="Headroom"/>), computed exactly in decimal.</summary>
    public static int HeadroomFor(int late, int dispatched, double threshold)
    {
        ThrowIfBadThreshold(threshold);
        return Health.HealthRate.HeadroomFor(late, dispatched, (decimal)threshold);
    }

    private static void ThrowIfBadThreshold(double threshold)
    {
        if (!(threshold >= 0 && threshold < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold is a fraction in [0, 1), e.g. 0.04 for 4%.");
        }
    }
}
