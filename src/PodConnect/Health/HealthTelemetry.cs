using System.Diagnostics.Metrics;
using PodConnect.Providers;

namespace PodConnect.Health;

/// <summary>
/// Shop-health instruments on the <c>PodConnect</c> meter: each metric's rate (as TikTok shows it) now and
/// forecast, its headroom, and counters of state and stance changes.
/// </summary>
internal sealed class HealthTelemetry : IDisposable
{
    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _stateChanges;
    private readonly Counter<long> _stanceChanges;
    private ShopHealth? _health;

    public HealthTelemetry(IMeterFactory? meterFactory)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(PodProviderMetrics.MeterName) ?? new Meter(PodProviderMetrics.MeterName);
        _meter.CreateObservableGauge("podconnect.health.rate", ObserveRates, "1", "Each shop-health metric as TikTok shows it (LDR, SFCR: bad share; VTR, OTDR: good share), by shop, metric and basis (now, forecast).");
        _meter.CreateObservableGauge("podconnect.health.headroom", ObserveHeadroom, "{order}", "How many more bad outcomes a shop absorbs before a metric crosses its limit (forecast), by shop and metric.");
        _stateChanges = _meter.CreateCounter<long>("podconnect.health.state_changes", "{change}", "Shop-health metrics moving to a state (healthy, near, over), by metric and state.");
        _stanceChanges = _meter.CreateCounter<long>("podconnect.health.stance_changes", "{change}", "Routing switching between normal and slack first, by stance.");
    }

    public void Observe(ShopHealth health) => _health = health;

    public void StateChanged(HealthMetric metric, HealthState state) =>
        _stateChanges.Add(1, new KeyValuePair<string, object?>("metric", metric.ToString()), new KeyValuePair<string, object?>("state", state.ToString()));

    public void StanceChanged(RoutingStance stance) => _stanceChanges.Add(1, new KeyValuePair<string, object?>("stance", stance.ToString()));

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }

    private IEnumerable<Measurement<double>> ObserveRates()
    {
        foreach (var snapshot in _health?.Latest ?? [])
        {
            foreach (var m in snapshot.Metrics)
            {
                yield return new Measurement<double>(m.Now.Value, Tag("shop", snapshot.ShopId), Tag("metric", m.Metric.ToString()), Tag("basis", "now"));
                yield return new Measurement<double>(m.Forecast.Value, Tag("shop", snapshot.ShopId), Tag("metric", m.Metric.ToString()), Tag("basis", "forecast"));
            }
        }
    }

    private IEnumerable<Measurement<int>> ObserveHeadroom()
    {
        foreach (var snapshot in _health?.Latest ?? [])
        {
            foreach (var m in snapshot.Metrics)
            {
                yield return new Measurement<int>(m.Headroom, Tag("shop", snapshot.ShopId), Tag("metric", m.Metric.ToString()));
            }
        }
    }

    private static KeyValuePair<string, object?> Tag(string key, object? value) => new(key, value);
}
