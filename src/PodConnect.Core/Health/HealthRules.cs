using PodConnect.Domain;

namespace PodConnect.Health;

/// <summary>
/// Each metric's window and limit per market, and the grace a tracking number has to get its first carrier
/// scan. <see cref="Default"/> is the one place the published values live; every value is replaceable per
/// metric (all markets) or per market and metric. Immutable: <c>With…</c> returns a new set.
/// </summary>
/// <remarks>
/// Sources (see docs/operations.md): TikTok's API exposes no health metric. LDR ≤ 4% and SFCR ≤ 2.5% over
/// 30 calendar days come from TikTok Shop UK's seller rules as quoted by trade press (UNCONFIRMED); VTR ≥ 95%
/// is TikTok US's official figure and a reported UK key metric (window UNCONFIRMED); OTDR is measured over
/// packages delivered in the last 7 calendar days against <c>delivery_sla_time</c> (TikTok's developer
/// changelog for UK/EU, Aug 2025), whose UK/EU limit TikTok has not published: 80% is TikTok US's (UNCONFIRMED
/// for UK/EU).
/// </remarks>
public sealed class HealthRules
{
    private readonly HealthRule[] _defaults;
    private readonly Dictionary<(CountryCode Market, HealthMetric Metric), HealthRule> _markets;

    private HealthRules(HealthRule[] defaults, Dictionary<(CountryCode, HealthMetric), HealthRule> markets, TimeSpan trackingScanGrace)
    {
        _defaults = defaults;
        _markets = markets;
        TrackingScanGrace = trackingScanGrace;
    }

    /// <summary>The published values: LDR ≤ 4% / 30 days, VTR ≥ 95% / 30 days, OTDR ≥ 80% / 7 days, SFCR ≤ 2.5% / 30 days; tracking scan grace 7 days.</summary>
    public static HealthRules Default { get; } = new(
        [
            new HealthRule(TimeSpan.FromDays(30), 0.04),   // LDR, UK trade press (UNCONFIRMED)
            new HealthRule(TimeSpan.FromDays(30), 0.95),   // VTR, US official; UK window UNCONFIRMED
            new HealthRule(TimeSpan.FromDays(7), 0.80),    // OTDR, 7-day window official for UK/EU; limit from the US (UNCONFIRMED)
            new HealthRule(TimeSpan.FromDays(30), 0.025),  // SFCR, UK 2022 rules via trade press (UNCONFIRMED)
        ],
        [],
        TimeSpan.FromDays(7)); // no scan 7 days after upload = invalid tracking (UNCONFIRMED; TikTok US calls a parcel lost after 7 business days without a scan)

    /// <summary>
    /// How long after the tracking number is uploaded a first carrier scan (TikTok <c>collection_time</c>,
    /// status <c>IN_TRANSIT</c>) may take before the tracking counts as invalid. UNCONFIRMED; default 7 days.
    /// </summary>
    public TimeSpan TrackingScanGrace { get; }

    /// <summary>Whether the metric is a success rate TikTok wants high (VTR, OTDR) rather than a failure rate it wants low (LDR, SFCR).</summary>
    public static bool HigherIsBetter(HealthMetric metric) => metric is HealthMetric.ValidTracking or HealthMetric.OnTimeDelivery;

    /// <summary>The rule for a metric in a market: the market's own if set, else the metric's.</summary>
    public HealthRule For(CountryCode market, HealthMetric metric)
    {
        var index = IndexOf(metric);
        return _markets.TryGetValue((market, metric), out var rule) ? rule : _defaults[index];
    }

    /// <summary>Replaces a metric's rule for every market without a rule of its own.</summary>
    public HealthRules With(HealthMetric metric, HealthRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var defaults = (HealthRule[])_defaults.Clone();
        defaults[IndexOf(metric)] = rule;
        return new HealthRules(defaults, _markets, TrackingScanGrace);
    }

    /// <summary>Sets a metric's rule for one market.</summary>
    public HealthRules With(CountryCode market, HealthMetric metric, HealthRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (market.IsDefault)
        {
            throw new ArgumentException("The market is uninitialized (default).", nameof(market));
        }

        _ = IndexOf(metric);
        return new HealthRules(_defaults, new Dictionary<(CountryCode, HealthMetric), HealthRule>(_markets) { [(market, metric)] = rule }, TrackingScanGrace);
    }

    /// <summary>Sets the tracking scan grace (see <see cref="TrackingScanGrace"/>).</summary>
    public HealthRules WithTrackingScanGrace(TimeSpan grace)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(grace, TimeSpan.Zero);
        return new HealthRules(_defaults, _markets, grace);
    }

    /// <summary>The longest window of any rule: how far back outcomes can still count.</summary>
    public TimeSpan LongestWindow
    {
        get
        {
            var longest = TimeSpan.Zero;
            foreach (var rule in _defaults.Concat(_markets.Values))
            {
                longest = rule.Window > longest ? rule.Window : longest;
            }

            return longest;
        }
    }

    private static int IndexOf(HealthMetric metric) => Enum.IsDefined(metric)
        ? (int)metric
        : throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown health metric.");
}
