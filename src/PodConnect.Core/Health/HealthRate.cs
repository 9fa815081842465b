namespace PodConnect.Health;

/// <summary>
/// One metric over a window: the bad outcomes among the counted ones, the rate as TikTok shows it, and the
/// headroom — how many more bad outcomes the window absorbs before the limit is crossed.
/// </summary>
public readonly record struct HealthRate
{
    /// <summary>Creates a rate from counts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Counts are negative, bad exceeds counted, or the limit is outside (0, 1).</exception>
    public HealthRate(HealthMetric metric, int bad, int counted, double limit, DateTimeOffset windowStart, DateTimeOffset windowEnd)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bad);
        ArgumentOutOfRangeException.ThrowIfNegative(counted);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bad, counted);
        if (!(limit > 0 && limit < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "The limit is a fraction in (0, 1), e.g. 0.04 for 4%.");
        }

        Metric = metric;
        Bad = bad;
        Counted = counted;
        Limit = limit;
        WindowStart = windowStart;
        WindowEnd = windowEnd;
    }

    /// <summary>The metric.</summary>
    public HealthMetric Metric { get; }

    /// <summary>Bad outcomes: late dispatches, invalid tracking, late deliveries, seller-fault cancellations.</summary>
    public int Bad { get; }

    /// <summary>All outcomes counted in the window.</summary>
    public int Counted { get; }

    /// <summary>The limit as TikTok states it (a maximum for LDR/SFCR, a minimum for VTR/OTDR).</summary>
    public double Limit { get; }

    /// <summary>The window is (WindowStart, WindowEnd].</summary>
    public DateTimeOffset WindowStart { get; }

    /// <summary>The instant the rate is taken at.</summary>
    public DateTimeOffset WindowEnd { get; }

    /// <summary>Bad ÷ counted; 0 when nothing was counted.</summary>
    public double BadRate => Counted == 0 ? 0 : (double)Bad / Counted;

    /// <summary>The rate as TikTok shows it: <see cref="BadRate"/> for LDR and SFCR, 1 − <see cref="BadRate"/> for VTR and OTDR (1 when nothing was counted).</summary>
    public double Value => HealthRules.HigherIsBetter(Metric) ? 1 - BadRate : BadRate;

    /// <summary>Whether the rate is past the limit (exactly at it is inside).</summary>
    public bool ExceedsLimit => Bad > MaxBadFraction(Metric, Limit) * Counted;

    /// <summary>The largest k ≥ 0 with the rate still within the limit after k more bad outcomes (and no good ones); 0 when already past it.</summary>
    public int Headroom => HeadroomFor(Bad, Counted, MaxBadFraction(Metric, Limit));

    /// <summary>The largest bad share the limit allows, exactly: the limit itself, or 1 − limit for higher-is-better metrics.</summary>
    public static decimal MaxBadFraction(HealthMetric metric, double limit) =>
        HealthRules.HigherIsBetter(metric) ? 1m - (decimal)limit : (decimal)limit;

    /// <summary>
    /// The largest k ≥ 0 with (bad + k) ÷ (counted + k) ≤ <paramref name="maxBadFraction"/>, computed exactly:
    /// k = ⌊(t·counted − bad) ÷ (1 − t)⌋. The one formula every ledger's headroom uses.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The fraction is outside [0, 1).</exception>
    public static int HeadroomFor(int bad, int counted, decimal maxBadFraction)
    {
        if (!(maxBadFraction >= 0 && maxBadFraction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(maxBadFraction), maxBadFraction, "The threshold is a fraction in [0, 1), e.g. 0.04 for 4%.");
        }

        var k = Math.Floor(((maxBadFraction * counted) - bad) / (1 - maxBadFraction));
        return k <= 0 ? 0 : k >= int.MaxValue ? int.MaxValue : (int)k;
    }
}
