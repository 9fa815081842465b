using PodConnect.Domain;

namespace PodConnect.Health;

/// <summary>One shop's health at an instant: each metric's rate, forecast, limit, headroom and state, and how routing is steered.</summary>
public sealed record ShopHealthSnapshot
{
    /// <summary>Creates a snapshot.</summary>
    /// <exception cref="ArgumentException">The metrics are not exactly one per <see cref="HealthMetric"/>, in order.</exception>
    public ShopHealthSnapshot(string shopId, CountryCode market, DateTimeOffset takenAt, IReadOnlyList<MetricHealth> metrics, RoutingStance stance)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(shopId);
        ArgumentNullException.ThrowIfNull(metrics);
        var all = Enum.GetValues<HealthMetric>();
        if (metrics.Count != all.Length || metrics.Where((m, i) => m.Metric != all[i]).Any())
        {
            throw new ArgumentException("Give one MetricHealth per HealthMetric, in the enum's order.", nameof(metrics));
        }

        ShopId = shopId;
        Market = market;
        TakenAt = takenAt;
        Metrics = metrics;
        Stance = stance;
    }

    /// <summary>The shop.</summary>
    public string ShopId { get; }

    /// <summary>The market whose rules judged it.</summary>
    public CountryCode Market { get; }

    /// <summary>When it was computed.</summary>
    public DateTimeOffset TakenAt { get; }

    /// <summary>One entry per <see cref="HealthMetric"/>, in its order.</summary>
    public IReadOnlyList<MetricHealth> Metrics { get; }

    /// <summary>How the loop routes the shop's new orders now.</summary>
    public RoutingStance Stance { get; }

    /// <summary>A metric's entry.</summary>
    public MetricHealth this[HealthMetric metric] => Metrics[(int)metric];

    /// <summary>The worst state of any metric.</summary>
    public HealthState State => Metrics.Max(m => m.State);

    /// <summary>The least headroom of any metric that has counted orders: how many more bad outcomes the shop can absorb anywhere.</summary>
    public int Headroom => Metrics.Where(m => m.Forecast.Counted > 0).Select(m => m.Headroom).DefaultIfEmpty(int.MaxValue).Min();
}
