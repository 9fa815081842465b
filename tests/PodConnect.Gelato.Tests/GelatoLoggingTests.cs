using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PodConnect.Testing.Common;

namespace PodConnect.Gelato.Tests;

public sealed class GelatoLoggingTests
{
    [Fact]
    public async Task An_unknown_outcome_and_its_recovery_are_logged_with_ids_only()
    {
        using var h = new GelatoHarness(attemptTimeout: TimeSpan.FromSeconds(1.5));
        var logger = new RecordingLogger<GelatoPodProvider>();
        var provider = new GelatoPodProvider(h.Client, Options.Create(new GelatoClientOptions { WebhookSecret = GelatoHarness.Secret }), logger);
        Assert.Null(await provider.FindOrderByExternalIdAsync("warm-up"));
        h.Fake.Faults.Add(Fault.Delay(TimeSpan.FromSeconds(5)), "/v4/orders", method: HttpMethod.Post, exactPath: true);

        var placed = await provider.PlaceOrderAsync(GelatoHarness.Order());
        await provider.PlaceOrderAsync(GelatoHarness.Order());

        Assert.Equal([5002, 5003, 5001], logger.Entries.Select(e => e.Id.Id));
        Assert.Equal(LogLevel.Warning, logger.Entries[0].Level);
        Assert.Contains(placed.Order.ProviderOrderId, logger.Entries[1].Message, StringComparison.Ordinal);
        Assert.All(logger.Entries, e => Assert.DoesNotContain("Lovelace", e.Message, StringComparison.Ordinal));
        Assert.All(logger.Entries, e => Assert.DoesNotContain(PodConnect.Testing.Gelato.FakeGelato.DefaultApiKey, e.Message, StringComparison.Ordinal));
    }
}
