using PodConnect.Testing.Common;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PodConnect.Providers;
using PodConnect.Testing.Printful;

namespace PodConnect.Printful.Tests;

public sealed class PrintfulLoggingTests
{
    [Fact]
    public async Task A_replayed_placement_and_a_rejected_webhook_are_logged_without_secrets()
    {
        using var h = new PrintfulHarness();
        var logger = new RecordingLogger<PrintfulPodProvider>();
        var provider = new PrintfulPodProvider(h.Client, Options.Create(new PrintfulClientOptions { WebhookSecretKey = h.Fake.WebhookSecretKey }), logger);

        await provider.PlaceOrderAsync(PrintfulHarness.Order());
        var replay = await provider.PlaceOrderAsync(PrintfulHarness.Order());
        Assert.Throws<WebhookVerificationException>(() => provider.ParseWebhook(new PodWebhookRequest(
            Encoding.UTF8.GetBytes("{\"type\":\"order_updated\"}"), [new("x-pf-webhook-signature", new string('0', 64))])));

        var replayed = Assert.Single(logger.Entries, e => e.Id.Id == 5001);
        Assert.Contains(replay.Order.ProviderOrderId, replayed.Message, StringComparison.Ordinal);
        Assert.Contains("576461413038785752", replayed.Message, StringComparison.Ordinal);
        var rejected = Assert.Single(logger.Entries, e => e.Id.Id == 5004);
        Assert.Equal(LogLevel.Warning, rejected.Level);
        Assert.All(logger.Entries, e => Assert.DoesNotContain(h.Fake.WebhookSecretKey, e.Message, StringComparison.Ordinal));
        Assert.All(logger.Entries, e => Assert.DoesNotContain("Ada", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_registered_provider_takes_its_logger_from_the_container()
    {
        var logger = new RecordingLogger<PrintfulPodProvider>();
        var services = new ServiceCollection();
        services.AddSingleton<ILogger<PrintfulPodProvider>>(logger);
        services.AddPodConnect(b => b.AddPrintful(o => { o.AccessToken = "t"; o.WebhookUrlToken = "tok"; }));
        using var container = services.BuildServiceProvider();

        Assert.Throws<WebhookVerificationException>(() => container.GetRequiredService<PrintfulPodProvider>()
            .ParseWebhook(new PodWebhookRequest("{}"u8.ToArray(), [], "?token=nope")));
        Assert.Single(logger.Entries, e => e.Id.Id == 5004);
    }
}
