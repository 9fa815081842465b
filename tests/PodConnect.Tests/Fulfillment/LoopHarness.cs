using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PodConnect.Catalog;
using PodConnect.Domain;
using PodConnect.Fulfillment;
using PodConnect.Marketplaces;
using PodConnect.Providers;
using PodConnect.Testing.InProcess;
using PodConnect.Webhooks;

namespace PodConnect.Tests.Fulfillment;

/// <summary>
/// The loop wired through DI against in-process fakes. The fakes are the "remote systems" and survive
/// <see cref="Crash"/>; everything else (stores, reconciler memory) is rebuilt empty, as after a restart.
/// </summary>
internal sealed class LoopHarness : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero); // a Monday

    private readonly Action<FulfillmentOptions>? _configure;
    private readonly Action<IServiceCollection>? _extra;
    private ServiceProvider _services;

    public LoopHarness(Action<FulfillmentOptions>? configure = null, Action<IServiceCollection>? extra = null, IProductCatalog? catalog = null)
        : this(null, configure, extra, catalog)
    {
    }

    private LoopHarness(LoopHarness? remotesOf, Action<FulfillmentOptions>? configure, Action<IServiceCollection>? extra, IProductCatalog? catalog)
    {
        Time = remotesOf?.Time ?? new FakeTimeProvider(Start);
        Marketplace = remotesOf?.Marketplace ?? new InProcessMarketplace(Time);
        Gelato = remotesOf?.Gelato ?? new InProcessPodProvider("gelato", Time, seed: 11);
        Printful = remotesOf?.Printful ?? new InProcessPodProvider("printful", Time, seed: 13) { Carrier = "DPD" };
        Catalog = catalog ?? remotesOf?.Catalog ?? DefaultCatalog();
        _configure = configure;
        _extra = extra;
        _services = Build();
    }

    /// <summary>Another instance against the same remote systems and clock (share stores through <paramref name="extra"/>).</summary>
    public LoopHarness AnotherInstance(Action<FulfillmentOptions>? configure = null, Action<IServiceCollection>? extra = null) =>
        new(this, configure, extra, null);

    public FakeTimeProvider Time { get; }

    public InProcessMarketplace Marketplace { get; }

    public InProcessPodProvider Gelato { get; }

    public InProcessPodProvider Printful { get; }

    public IProductCatalog Catalog { get; }

    public IServiceProvider Services => _services;

    public FulfillmentReconciler Reconciler => _services.GetRequiredService<FulfillmentReconciler>();

    public FulfillmentMonitor Monitor => _services.GetRequiredService<FulfillmentMonitor>();

    public IWebhookIngress Ingress => _services.GetRequiredService<IWebhookIngress>();

    public static ProductCatalog DefaultCatalog() => ProductCatalog.Create()
        .Add("TEE-BLK-M", ProductKind.TShirt, p => p.At("gelato", "apparel_tee_black_m", new PodPrintFile("front", new Uri("https://cdn.example/tee.png"))).At("printful", "4012"))
        .Add("MUG-11", ProductKind.Mug, p => p.At("gelato", "mug_11oz").At("printful", "1320"))
        .Add("CAP-RED", ProductKind.Cap, p => p.At("printful", "7854"))
        .Build();

    /// <summary>A new instance with empty memory against the same remote systems.</summary>
    public void Crash()
    {
        _services.Dispose();
        _services = Build();
    }

    public MarketplaceOrder AddOrder(string id, string sku = "TEE-BLK-M", string country = "GB", int quantity = 1, DateTimeOffset? createdAt = null, DateTimeOffset? readyToShipBy = null)
    {
        var created = createdAt ?? Time.GetUtcNow();
        var order = new MarketplaceOrder(
            new MarketplaceOrderRef(InProcessMarketplace.DefaultShopId, id),
            MarketplaceOrderStatus.AwaitingShipment,
            "AWAITING_SHIPMENT",
            created,
            new Address(CountryCode.Parse(country), "EH1 1YZ", "Edinburgh", ["1 High Street"]),
            [new MarketplaceLine(sku, quantity, [.. Enumerable.Range(0, quantity).Select(i => $"{id}-li{i}")])])
        {
            Recipient = new Recipient("Alex Buyer"),
            Deadlines = new OrderDeadlines(ReadyToShipBy: readyToShipBy ?? created.AddDays(3)),
        };
        Marketplace.Add(order);
        return order;
    }

    /// <summary>Advances the clock by <paramref name="step"/> and runs one pass, <paramref name="times"/> times.</summary>
    public async Task AdvanceAsync(TimeSpan step, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Time.Advance(step);
            await Reconciler.RunPassAsync();
        }
    }

    public void Dispose() => _services.Dispose();

    private ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IMarketplace>(Marketplace);
        services.AddSingleton<IPodProvider>(Gelato);
        services.AddSingleton<IPodProvider>(Printful);
        _extra?.Invoke(services);
        services.AddPodConnect(pod => pod
            .UseCatalog(Catalog)
            .UseNetwork(FacilityNetworkFor.Europe)
            .Route(p => p.PreferLocal().ThenBy(Routing.RoutingCriterion.Cost))
            .RunFulfillment(o =>
            {
                o.InstanceId = "test";
                _configure?.Invoke(o);
            }));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider;
    }
}

/// <summary>The built-in network, compiled once per test run.</summary>
internal static class FacilityNetworkFor
{
    public static Routing.FacilityNetwork Europe => Routing.FacilityNetwork.BuiltInEurope;
}
