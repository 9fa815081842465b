using Microsoft.Extensions.DependencyInjection;
using PodConnect.Domain;
using PodConnect.Gelato;
using PodConnect.Providers;
using PodConnect.Testing.Gelato;

namespace PodConnect.Gelato.Tests;

/// <summary>A fake Gelato on 127.0.0.1 and a provider wired to it through AddPodConnect/AddGelato, with short timeouts.</summary>
internal sealed class GelatoHarness : IDisposable
{
    public const string Secret = "whsec-test-123";

    private readonly ServiceProvider _services;

    /// <param name="attemptTimeout">Generous by default: a loaded CI machine must not turn a normal call into a timeout.</param>
    public GelatoHarness(Action<GelatoClientOptions>? configure = null, TimeSpan? attemptTimeout = null, TimeProvider? fakeTime = null)
    {
        Fake = FakeGelato.Start(timeProvider: fakeTime);
        Fake.WebhookSecret = Secret;
        var collection = new ServiceCollection();
        collection.AddPodConnect(b => b.AddGelato(o =>
        {
            o.ApiKey = FakeGelato.DefaultApiKey;
            o.BaseAddress = Fake.BaseAddress;
            o.ShipmentBaseAddress = Fake.BaseAddress;
            o.ProductBaseAddress = Fake.BaseAddress;
            o.WebhookSecret = Secret;
            o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(10);
            o.Resilience.MaxDelay = TimeSpan.FromMilliseconds(50);
            o.Resilience.AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(5);
            o.Resilience.TotalTimeout = TimeSpan.FromSeconds(30);
            o.Resilience.PermitsPerSecond = 1000;
            o.Resilience.Burst = 1000;
            configure?.Invoke(o);
        }));
        _services = collection.BuildServiceProvider();
        Provider = _services.GetRequiredService<GelatoPodProvider>();
        Client = _services.GetRequiredService<GelatoClient>();
    }

    public IServiceProvider Services => _services;

    public FakeGelato Fake { get; }

    public GelatoPodProvider Provider { get; }

    public GelatoClient Client { get; }

    public static PodOrderRequest Order(string externalId = "576461413038785752", bool draft = false) =>
        new(
            externalId,
            new Address(CountryCode.GB, "G1 1AA", "Glasgow", ["1 George Square", "Flat 2"], SubdivisionCode.Parse("GB-SCT")),
            new Recipient("Ada King Lovelace", "+44 7700 900000", "ada@example.com"),
            [new PodOrderLine("576461413038785752-1", "apparel_product_gca_t-shirt_gsc_crewneck_gcu_unisex_gqa_classic_gsi_m_gco_white_gpr_4-0", 2,
                [new PodPrintFile("default", new Uri("https://files.example/front.png"))])])
        {
            Currency = "GBP",
            AsDraft = draft,
        };

    public void Dispose()
    {
        _services.Dispose();
        Fake.Dispose();
    }
}
