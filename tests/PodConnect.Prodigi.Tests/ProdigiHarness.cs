using Microsoft.Extensions.DependencyInjection;
using PodConnect.Domain;
using PodConnect.Providers;
using PodConnect.Testing.Common;
using PodConnect.Testing.Prodigi;

namespace PodConnect.Prodigi.Tests;

/// <summary>A fake Prodigi and a webhook recorder on 127.0.0.1, and a provider wired to them through AddPodConnect/AddProdigi.</summary>
internal sealed class ProdigiHarness : IDisposable
{
    public const string Secret = "cb-secret-123";

    private readonly ServiceProvider _services;

    public ProdigiHarness(Action<ProdigiClientOptions>? configure = null, TimeSpan? attemptTimeout = null)
    {
        Fake = FakeProdigi.Start();
        Callbacks = new WebhookRecorder();
        var collection = new ServiceCollection();
        collection.AddPodConnect(b => b.AddProdigi(o =>
        {
            o.ApiKey = FakeProdigi.DefaultApiKey;
            o.BaseAddress = Fake.ApiBaseAddress;
            o.CallbackUrl = Callbacks.UrlFor("/prodigi/callbacks");
            o.CallbackSecret = Secret;
            o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(10);
            o.Resilience.MaxDelay = TimeSpan.FromMilliseconds(50);
            o.Resilience.AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(5);
            o.Resilience.TotalTimeout = TimeSpan.FromSeconds(30);
            o.Resilience.PermitsPerSecond = 1000;
            o.Resilience.Burst = 1000;
            configure?.Invoke(o);
        }));
        _services = collection.BuildServiceProvider();
        Provider = _services.GetRequiredService<ProdigiPodProvider>();
        Client = _services.GetRequiredService<ProdigiClient>();
    }

    public FakeProdigi Fake { get; }

    public WebhookRecorder Callbacks { get; }

    public ProdigiPodProvider Provider { get; }

    public ProdigiClient Client { get; }

    public static PodOrderRequest Order(string externalId = "576461413038785752", IReadOnlyList<string>? lines = null) =>
        new(
            externalId,
            new Address(CountryCode.GB, "G1 1AA", "Glasgow", lines ?? ["1 George Square", "Flat 2"], SubdivisionCode.Parse("GB-SCT")),
            new Recipient("Ada King Lovelace", "+44 7700 900000", "ada@example.com"),
            [new PodOrderLine("576461413038785752-1", "GLOBAL-CFPM-16X20?color=black", 2,
                [new PodPrintFile("default", new Uri("https://files.example/front.png"))])])
        {
            Currency = "GBP",
        };

    public void Dispose()
    {
        _services.Dispose();
        Callbacks.Dispose();
        Fake.Dispose();
    }
}
