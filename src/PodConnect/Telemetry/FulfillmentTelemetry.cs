using System.Diagnostics;
using System.Diagnostics.Metrics;
using PodConnect.Providers;

namespace PodConnect.Telemetry;

/// <summary>
/// The loop's traces and metrics: an <see cref="ActivitySource"/> named <c>PodConnect</c> with a span per
/// step, and instruments on the <c>PodConnect</c> meter (created through <see cref="IMeterFactory"/> when
/// the host registers one) — orders routed, placed, shipped, late, surfaced; step latency; errors by kind.
/// </summary>
internal sealed class FulfillmentTelemetry : IDisposable
{
    public const string SourceName = PodProviderMetrics.MeterName;

    public static readonly ActivitySource Source = new(SourceName);

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _routed;
    private readonly Counter<long> _placed;
    private readonly Counter<long> _shipped;
    private readonly Counter<long> _late;
    private readonly Counter<long> _surfaced;
    private readonly Counter<long> _errors;
    private readonly Histogram<double> _stepDuration;

    public FulfillmentTelemetry(IMeterFactory? meterFactory)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(SourceName) ?? new Meter(SourceName);
        _routed = _meter.CreateCounter<long>("podconnect.orders.routed", "{order}", "Orders routed to a provider facility, by provider and outcome (on-time, late).");
        _placed = _meter.CreateCounter<long>("podconnect.orders.placed", "{order}", "Orders placed at a provider by the fulfilment loop, by provider.");
        _shipped = _meter.CreateCounter<long>("podconnect.orders.shipped", "{order}", "Orders marked shipped on the marketplace, by provider and lateness.");
        _late = _meter.CreateCounter<long>("podconnect.orders.late", "{order}", "Late-risk events: orders predicted to dispatch after or near their deadline.");
        _surfaced = _meter.CreateCounter<long>("podconnect.orders.surfaced", "{order}", "Orders handed to a person, by reason.");
        _errors = _meter.CreateCounter<long>("podconnect.fulfillment.errors", "{error}", "Failed fulfilment steps, by step and error kind; the step is retried later.");
        _stepDuration = _meter.CreateHistogram<double>("podconnect.fulfillment.step.duration", "s", "Duration of one fulfilment step, by step.");
    }

    public static Activity? StartStep(string step, string orderId)
    {
        var activity = Source.StartActivity("podconnect.fulfillment." + step);
        activity?.SetTag("podconnect.order_id", orderId);
        return activity;
    }

    public void Routed(string provider, bool late) =>
        _routed.Add(1, new KeyValuePair<string, object?>("provider", provider), new KeyValuePair<string, object?>("outcome", late ? "late" : "on-time"));

    public void Placed(string provider) => _placed.Add(1, new KeyValuePair<string, object?>("provider", provider));

    public void Shipped(string provider, bool late) =>
        _shipped.Add(1, new KeyValuePair<string, object?>("provider", provider), new KeyValuePair<string, object?>("late", late));

    public void Late(string provider) => _late.Add(1, new KeyValuePair<string, object?>("provider", provider));

    public void Surfaced(Fulfillment.SurfaceReason reason) => _surfaced.Add(1, new KeyValuePair<string, object?>("reason", reason.ToString()));

    public void Error(string step, string kind) =>
        _errors.Add(1, new KeyValuePair<string, object?>("step", step), new KeyValuePair<string, object?>("kind", kind));

    public void StepTook(string step, TimeSpan elapsed) =>
        _stepDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("step", step));

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
