namespace PodConnect.Health;

/// <summary>
/// How TikTok evaluates one metric in one market: the trailing window and the limit as TikTok states it
/// (a maximum for lower-is-better metrics such as 0.04 for LDR, a minimum for higher-is-better ones such as
/// 0.95 for VTR).
/// </summary>
public sealed record HealthRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="window">The trailing evaluation window (positive).</param>
    /// <param name="limit">The limit as TikTok states it, a fraction in (0, 1).</param>
    /// <param name="confirmed">Whether TikTok's own documentation states this value (otherwise it rests on secondary sources: UNCONFIRMED).</param>
    /// <exception cref="ArgumentOutOfRangeException">The window is not positive or the limit is outside (0, 1).</exception>
    public HealthRule(TimeSpan window, double limit, bool confirmed = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        if (!(limit > 0 && limit < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "The limit is a fraction in (0, 1), e.g. 0.04 for 4%.");
        }

        Window = window;
        Limit = limit;
        Confirmed = confirmed;
    }

    /// <summary>The trailing evaluation window.</summary>
    public TimeSpan Window { get; }

    /// <summary>The limit as TikTok states it: a maximum rate (LDR, SFCR) or a minimum rate (VTR, OTDR).</summary>
    public double Limit { get; }

    /// <summary>Whether TikTok's own documentation states the value; <see langword="false"/> means UNCONFIRMED.</summary>
    public bool Confirmed { get; }
}
