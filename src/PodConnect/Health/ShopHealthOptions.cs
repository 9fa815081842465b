using PodConnect.Domain;

namespace PodConnect.Health;

/// <summary>Shop health and the late budget that steers routing (<c>PodConnect:Health</c>).</summary>
public sealed class ShopHealthOptions
{
    /// <summary>The metrics' windows and limits per market (default <see cref="HealthRules.Default"/>; set with <see cref="UseRules"/>).</summary>
    private HealthRules _rules = HealthRules.Default;

    /// <summary>Judges the shop by <paramref name="rules"/> instead of <see cref="HealthRules.Default"/>, e.g. <c>o.UseRules(HealthRules.Default.With(CountryCode.DE, HealthMetric.LateDispatch, new HealthRule(TimeSpan.FromDays(30), 0.05)))</c> (code only: rules are not read from configuration).</summary>
    public ShopHealthOptions UseRules(HealthRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        return this;
    }

    /// <summary>The rules in force (a method, not a property, so configuration binding leaves it alone).</summary>
    internal HealthRules RulesInForce() => _rules;

    /// <summary>A metric is Near when its forecast bad share reaches this share of the allowed one (default 0.75: LDR 3%).</summary>
    public double NearShare { get; set; } = 0.75;

    /// <summary>A metric with a bad outcome in its forecast is Near when its headroom is at most this (default 0: one more bad outcome crosses). A metric with none is Healthy whatever its volume.</summary>
    public int NearHeadroom { get; set; }

    /// <summary>Slack-first routing ends only when every steering metric is back under this share of the allowed bad share (default 0.5)…</summary>
    public double RecoverShare { get; set; } = 0.5;

    /// <summary>…and has at least this much more headroom than <see cref="NearHeadroom"/> (default 2). Together: hysteresis, so routing does not flap.</summary>
    public int RecoverHeadroom { get; set; } = 2;

    /// <summary>Whether shrinking headroom switches routing to slack first (default true).</summary>
    public bool SteerRouting { get; set; } = true;

    /// <summary>The safety margin facilities must keep before the dispatch deadline under slack-first routing (default 12 h; the larger of this and the policy's own).</summary>
    public TimeSpan SlackFirstMargin { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How long a computed snapshot is reused when nothing was recorded for the shop (default 1 min).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How soon after the last computation a record makes the next read recompute the snapshot (default 5 s; bounds the cost of a spike).</summary>
    public TimeSpan MinimumRecompute { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How far back the loop reads TikTok's orders to rebuild the ledgers after a restart, beyond the longest
    /// window (default 14 days: an order delivered inside the window may have been created that much earlier).
    /// </summary>
    public TimeSpan RebuildAllowance { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// How often the loop forgets health records no window can count any more: orders created before the longest
    /// window plus <see cref="RebuildAllowance"/> (the same reach the ledgers read). Default 1 hour; without it the
    /// ledger store grows with every order for ever.
    /// </summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The market whose rules apply to a shop whose orders do not say (ISO code, default <c>GB</c>).</summary>
    public string DefaultMarket { get; set; } = "GB";

    internal HealthWarning Warning => new(NearShare, NearHeadroom);

    internal HealthWarning Recovery => new(RecoverShare, NearHeadroom + RecoverHeadroom);

    internal CountryCode DefaultMarketCode => CountryCode.Parse(DefaultMarket);

    /// <summary>How far back records matter: the longest window plus the rebuild allowance.</summary>
    internal TimeSpan Lookback => _rules.LongestWindow + RebuildAllowance;
}
