using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PodConnect.Domain;
using PodConnect.Providers;
using PodConnect.Testing.Common;
using PodConnect.Testing.Printify;

namespace PodConnect.Printify.Tests;

/// <summary>A fake Printify and a webhook recorder on 127.0.0.1, and a provider wired to them through AddPodConnect/AddPrintify.</summary>
internal sealed class PrintifyHarness : IDisposable
{
    public const string Secret = "whsec-printify";

    private readonly ServiceProvider _services;

    public PrintifyHarness(Action<PrintifyClientOptions>? configure = null, FakeTimeProvider? time = null)
    {
        Fake = FakePrintify.Start();
        Webhooks = new WebhookRecorder();
        Fake.WebhookUrl = Webhooks.UrlFor("/printify/webhooks");
        Fake.WebhookSecret = Secret;
        var collection = new ServiceCollection();
        if (time is not null)
        {
            collection.AddSingleton<TimeProvider>(time);
        }

        collection.AddPodConnect(b => b.AddPrintify(o =>
        {
            o.AccessToken = FakePrintify.DefaultToken;
            o.ShopId = FakePrintify.DefaultShopId;
            o.BaseAddress = Fake.ApiBaseAddress;
            o.WebhookSecret = Secret;
            o.Currency = "EUR";
            o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(10);
            o.Resilience.MaxDelay = TimeSpan.FromMilliseconds(50);
            o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.Resilience.TotalTimeout = TimeSpan.FromSeconds(30);
            o.Resilience.PermitsPerSecond = 1000;
            o.Resilience.Burst = 1000;
            configure?.Invoke(o);
        }));
        _services = collection.BuildServiceProvider();
        Provider = _services.GetRequiredService<PrintifyPodProvider>();
        Client = _services.GetRequiredService<PrintifyClient>();
        Budget = _services.GetRequiredService<PrintifyErrorBudget>();
    }

    public IServiceProvider Services => _services;

    public FakePrintify Fake { get; }

    public WebhookRecorder Webhooks { get; }

    public PrintifyPodProvider Provider { get; }

    public PrintifyClient Client { get; }

    public PrintifyErrorBudget Budget { get; }

    public static PodOrderRequest Order(string externalId = "576461413038785752", IReadOnlyList<string>? lines = null, string productId = "5bfd0b66a342bcc9b5563216/17887") =>
        new(
            externalId,
            new Address(CountryCode.DE, "10115", "Berlin", lines ?? ["Invalidenstraße 1", "Hinterhaus"]),
            new Recipient("Ada King Lovelace", "+49 30 123456", "ada@example.com"),
            [new PodOrderLine("576461413038785752-1", productId, 2, [new PodPrintFile("front", new Uri("https://files.example/front.png"))])]);

    public void Dispose()
    {
        _services.Dispose();
        Webhooks.Dispose();
        Fake.Dispose();
    }
}
