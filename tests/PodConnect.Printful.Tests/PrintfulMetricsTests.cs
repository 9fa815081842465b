using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using PodConnect.Providers;

namespace PodConnect.Printful.Tests;

public sealed class PrintfulMetricsTests
{
    [Fact]
    public async Task Placements_are_counted_by_provider_and_outcome()
    {
        var seen = new ConcurrentBag<(string Instrument, string? Provider, string? Outcome)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == PodProviderMetrics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
        {
            string? provider = null, outcome = null;
            foreach (var tag in tags)
            {
                provider = tag.Key == "provider" ? tag.Value as string : provider;
                outcome = tag.Key == "outcome" ? tag.Value as string : outcome;
            }

            seen.Add((instrument.Name, provider, outcome));
        });
        listener.Start();

        using var h = new PrintfulHarness();
        await h.Provider.PlaceOrderAsync(PrintfulHarness.Order("M-1"));
        await h.Provider.PlaceOrderAsync(PrintfulHarness.Order("M-1"));
        Assert.Throws<WebhookVerificationException>(() => h.Provider.ParseWebhook(new PodWebhookRequest("{}"u8.ToArray())));

        // Other tests run in parallel and count too, hence "contains" rather than exact totals.
        Assert.Contains(("podconnect.provider.placements", "printful", PodProviderMetrics.Created), seen);
        Assert.Contains(("podconnect.provider.placements", "printful", PodProviderMetrics.Replayed), seen);
        Assert.Contains(("podconnect.provider.webhooks.rejected", "printful", (string?)null), seen);
    }
}
