namespace PodConnect.Health;

/// <summary>
/// One metric of one shop in one market: the rule, the rate now, the forecast with the orders in flight,
/// the headroom left (from the forecast) and the state.
/// </summary>
/// <param name="Metric">The metric.</param>
/// <param name="Rule">The window and limit it is judged by.</param>
/// <param name="Now">The rate over the window ending now, from decided outcomes only.</param>
/// <param name="Forecast">The rate once every order in flight lands as predicted (see <see cref="ShopHealthCalculator"/>).</param>
/// <param name="State">Where the forecast stands against the limit.</param>
public readonly record struct MetricHealth(HealthMetric Metric, HealthRule Rule, HealthRate Now, HealthRate Forecast, HealthState State)
{
    /// <summary>How many more bad outcomes the shop absorbs before crossing the limit, counting the orders in flight.</summary>
    public int Headroom => Forecast.Headroom;
}
