using System.Diagnostics.Metrics;
using PodConnect.Providers;

namespace PodConnect.AspNetCore.Tests.Telemetry;

public sealed class PodConnectTelemetryTests
{
    [Fact]
    public void A_listener_subscribed_by_the_documented_meter_name_receives_the_hubs_measurements()
    {
        var seen = new List<(string Instrument, long Value)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == PodConnectTelemetry.MeterName) // what AddMeter("PodConnect") matches
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            lock (seen)
            {
                seen.Add((instrument.Name, value));
            }
        });
        listener.Start();

        PodProviderMetrics.RecordPlacement("telemetry-test-provider", PodProviderMetrics.Created);

        lock (seen)
        {
            Assert.Contains(("podconnect.provider.placements", 1L), seen);
        }
    }
}
