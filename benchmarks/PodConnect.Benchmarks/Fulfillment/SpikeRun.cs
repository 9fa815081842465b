using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PodConnect.Catalog;
using PodConnect.Domain;
using PodConnect.Fulfillment;
using PodConnect.Marketplaces;
using PodConnect.Providers;
using PodConnect.Routing;
using PodConnect.Testing.InProcess;

namespace PodConnect.Benchmarks.Fulfillment;

/// <summary>A 10,000-order spike on in-process fakes: the remote systems, the catalogue and the orders, ready to run.</summary>
internal sealed class SpikeRun
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly string[] Countries = ["GB", "GB", "GB", "DE", "FR", "IE", "ES", "IT", "NL"];
    private static readonly string[] Skus = ["TEE-BLK-M", "TEE-BLK-M", "MUG-11", "CAP-RED"];

    public SpikeRun(int orders)
    {
        Time = new FakeTimeProvider(Start.AddHours(-2));
        Marketplace = new InProcessMarketplace(Time);
        Gelato = new InProcessPodProvider("gelato", Time);
        Printful = new InProcessPodProvider("printful", Time) { Carrier = "DPD" };
        var random = new Random(7);
        Orders = new MarketplaceOrder[orders];
        for (var i = 0; i < orders; i++)
        {
            var id = (5_790_000_000_000_000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var order = new MarketplaceOrder(
                new MarketplaceOrderRef(InProcessMarketplace.DefaultShopId, id), MarketplaceOrderStatus.AwaitingShipment, "AWAITING_SHIPMENT",
                Start.AddMinutes(-90), new Address(CountryCode.Parse(Countries[random.Next(Countries.Length)]), "EH1 1YZ", "Edinburgh", ["1 High Street"]),
                [new MarketplaceLine(Skus[random.Next(Skus.Length)], 1, [id + "-1"])])
            {
                Recipient = new Recipient("Alex Buyer"),
                Deadlines = new OrderDeadlines(ReadyToShipBy: Start.AddDays(3)),
            };
            Orders[i] = order;
        }
    }

    /// <summary>
    /// The spike lands: every order arrives 90 minutes before <see cref="Start"/> (so the buyer-cancel hold is
    /// over when the run starts), and the clock moves to <see cref="Start"/>. A loop built before this call was
    /// already running when the orders came; one built after starts with them in flight (a cold start).
    /// </summary>
    public void Arrive()
    {
        Time.SetUtcNow(Start.AddMinutes(-90));
        foreach (var order in Orders)
        {
            Marketplace.Add(order);
        }

        Time.SetUtcNow(Start);
    }

    public FakeTimeProvider Time { get; }

    public InProcessMarketplace Marketplace { get; }

    public InProcessPodProvider Gelato { get; }

    public InProcessPodProvider Printful { get; }

    public MarketplaceOrder[] Orders { get; }

    public long Calls => Marketplace.Calls + Gelato.Calls + Printful.Calls;

    public static ProductCatalog Catalog { get; } = ProductCatalog.Create()
        .Add("TEE-BLK-M", ProductKind.TShirt, p => p.At("gelato", "apparel_tee_black_m").At("printful", "4012"))
        .Add("MUG-11", ProductKind.Mug, p => p.At("gelato", "mug_11oz").At("printful", "1320"))
        .Add("CAP-RED", ProductKind.Cap, p => p.At("printful", "7854"))
        .Build();

    public static CompiledNetwork Network { get; } = FacilityNetwork.BuiltInEurope.Compile();

    public ServiceProvider BuildLoop()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IMarketplace>(Marketplace);
        services.AddSingleton<IPodProvider>(Gelato);
        services.AddSingleton<IPodProvider>(Printful);
        services.AddPodConnect(pod => pod
            .UseCatalog(Catalog)
            .UseNetwork(FacilityNetwork.BuiltInEurope)
            .RunFulfillment(o => o.InstanceId = "bench"));
        return services.BuildServiceProvider();
    }

    /// <summary>Calls per order by fake and operation, e.g. <c>marketplace.MarkShippedAsync 1.00</c>.</summary>
    public string CallsByOperation(int orders) => string.Join(", ",
        new (string Name, IReadOnlyDictionary<string, long> Calls)[] { ("marketplace", Marketplace.CallsByKind), ("gelato", Gelato.CallsByKind), ("printful", Printful.CallsByKind) }
            .SelectMany(f => f.Calls.Select(c => (Key: $"{f.Name}.{c.Key}", c.Value)))
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{c.Key} {c.Value / (double)orders:F2}")));

    public bool AllShipped() => Array.TrueForAll(Orders, o => Marketplace.Get(o.Id).Status == MarketplaceOrderStatus.Shipped);
}
