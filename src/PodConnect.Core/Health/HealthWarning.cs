namespace PodConnect.Health;

/// <summary>
/// When a metric counts as <see cref="HealthState.Near"/> its limit: it already has a bad outcome in its
/// forecast, and its bad share reaches <see cref="NearShare"/> of the allowed bad share or its headroom is down
/// to <see cref="NearHeadroom"/>.
/// </summary>
/// <remarks>
/// A metric with no bad outcome is Healthy whatever its volume. A young shop (under 25 orders in the window)
/// has no headroom at all — one late dispatch in 20 is 5% — so judging it by headroom alone kept every new
/// shop Near: routed slack-first (away from local production) and capped by the inventory guard from its
/// first order, exactly when a first viral video needs both. Its first bad outcome still puts it Near or Over
/// at once.
/// </remarks>
/// <param name="NearShare">Share of the allowed bad share that is "near", in (0, 1]; default 0.75 (LDR 3%, SFCR 1.875%, VTR below 96.25%).</param>
/// <param name="NearHeadroom">Headroom at or below which a metric with a bad outcome is "near"; default 0 (one more bad outcome would cross).</param>
public readonly record struct HealthWarning(double NearShare = 0.75, int NearHeadroom = 0)
{
    /// <summary>The defaults: 75% of the allowed bad share, or no headroom left.</summary>
    public static HealthWarning Default { get; } = new(0.75, 0);

    /// <summary>The state of a forecast.</summary>
    public HealthState StateOf(in HealthRate forecast)
    {
        if (forecast.ExceedsLimit)
        {
            return HealthState.Over;
        }

        var allowed = HealthRate.MaxBadFraction(forecast.Metric, forecast.Limit);
        var near = forecast.Bad > 0
            && (forecast.Bad >= (decimal)NearShare * allowed * forecast.Counted || forecast.Headroom <= NearHeadroom);
        return near ? HealthState.Near : HealthState.Healthy;
    }
}
