using Microsoft.Extensions.DependencyInjection;
using PodConnect.Domain;
using PodConnect.Http.Resilience;
using PodConnect.Printful.Internal;
using PodConnect.Providers;
using PodConnect.Testing.Printful;

namespace PodConnect.Printful.Tests;

/// <summary>A fake Printful on 127.0.0.1 and a provider wired to it through AddPodConnect/AddPrintful.</summary>
internal sealed class PrintfulHarness : IDisposable
{
    public const string UrlToken = "url-token-123";

    private readonly ServiceProvider _services;

    /// <param name="attemptTimeout">Generous by default: a loaded CI machine must not turn a normal call into a timeout.</param>
    public PrintfulHarness(Action<PrintfulClientOptions>? configure = null, Action<PodConnectResilienceOptions>? resilience = null, TimeSpan? attemptTimeout = null, TimeProvider? fakeTime = null)
    {
        Fake = FakePrintful.Start(timeProvider: fakeTime);
        var collection = new ServiceCollection();
        collection.AddPodConnect(b => b.AddPrintful(o =>
        {
            o.AccessToken = FakePrintful.DefaultAccessToken;
            o.BaseAddress = Fake.BaseAddress;
            o.StoreId = "1234567";
            o.WebhookSecretKey = Fake.WebhookSecretKey;
            o.WebhookUrlToken = UrlToken;
            o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(10);
            o.Resilience.MaxDelay = TimeSpan.FromMilliseconds(50);
            o.Resilience.AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(5);
            o.Resilience.TotalTimeout = TimeSpan.FromSeconds(30);
            o.Resilience.PermitsPerSecond = 1000;
            o.Resilience.Burst = 1000;
            resilience?.Invoke(o.Resilience);
            configure?.Invoke(o);
        }));
        _services = collection.BuildServiceProvider();
        Provider = _services.GetRequiredService<PrintfulPodProvider>();
        Client = _services.GetRequiredService<PrintfulClient>();
        RateLimit = _services.GetRequiredService<PrintfulRateLimitState>();
    }

    public IServiceProvider Services => _services;

    public FakePrintful Fake { get; }

    public PrintfulPodProvider Provider { get; }

    public PrintfulClient Client { get; }

    public PrintfulRateLimitState RateLimit { get; }

    public static PodOrderRequest Order(string externalId = "576461413038785752", bool draft = false) =>
        new(
            externalId,
            new Address(CountryCode.GB, "EH1 1YZ", "Edinburgh", ["2 Princes Street", "Flat 4"], SubdivisionCode.Parse("GB-SCT")),
            new Recipient("Ada Lovelace", "+44 7700 900000", "ada@example.com"),
            [
                new PodOrderLine("l1", "4012", 2, [new PodPrintFile("front", new Uri("https://files.example/front.png"))]) { Sku = "TEE-WHITE-M" },
                new PodOrderLine("l2", "sync:998877", 1),
            ])
        {
            AsDraft = draft,
            Currency = "EUR",
        };

    /// <summary>An order of catalog variants only, as quotes need.</summary>
    public static PodOrderRequest QuoteOrder(string externalId = "q-1") =>
        new(
            externalId,
            new Address(CountryCode.GB, "EH1 1YZ", "Edinburgh", ["2 Princes Street"], SubdivisionCode.Parse("GB-SCT")),
            new Recipient("Ada Lovelace"),
            [new PodOrderLine("l1", "4012", 3, [new PodPrintFile("front", new Uri("https://files.example/front.png"))])])
        {
            Currency = "EUR",
        };

    public void Dispose()
    {
        _services.Dispose();
        Fake.Dispose();
    }
}
