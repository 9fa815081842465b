namespace PodConnect.Health;

/// <summary>A metric of a shop moved to another state (e.g. nears or crosses its limit, or recovers).</summary>
/// <param name="ShopId">The shop.</param>
/// <param name="Metric">The metric, with its rate, forecast and headroom now.</param>
/// <param name="Previous">The state before.</param>
public sealed record HealthStateChanged(string ShopId, MetricHealth Metric, HealthState Previous)
{
    /// <summary>The state now.</summary>
    public HealthState State => Metric.State;
}
