using System.Globalization;
using PodConnect.Catalog;
using PodConnect.Testing.Common;
using PodConnect.Testing.Gelato;
using PodConnect.Testing.Printful;
using PodConnect.Testing.Printify;
using PodConnect.Testing.Prodigi;
using PodConnect.Testing.TikTokShop;

namespace PodConnect.Cli.Demo;

/// <summary>
/// The remote systems of the demo: PodConnect.Testing's fakes of TikTok Shop and the four providers, on
/// 127.0.0.1 and the demo's simulated clock. Besides starting them, it plays the providers' production
/// floors (ships an order when it is due) and reads back from them what the summary needs: requests per
/// fake and how many provider orders each TikTok order got.
/// </summary>
internal sealed class DemoFakes : IDisposable
{
    /// <summary>What <c>--faults</c> injects, drawn uniformly: server errors, rate limits and connections dropped before or after the request was processed.</summary>
    /// <remarks>The 429 says <c>Retry-After: 0</c>: a longer one would make Printful's client pause on the simulated clock, which only moves between passes.</remarks>
    public static readonly IReadOnlyList<Fault> FaultMix =
    [
        Fault.ServerError(500),
        Fault.ServerError(503),
        Fault.RateLimited(TimeSpan.Zero),
        Fault.DropConnection(),
        Fault.ProcessThenDropConnection(),
    ];

    private DemoFakes(TimeProvider time)
    {
        TikTok = FakeTikTokShop.Start(time);
        Gelato = FakeGelato.Start(time);
        Printful = FakePrintful.Start(time);
        Prodigi = FakeProdigi.Start(time);
        Printify = FakePrintify.Start(time);

        // A spike is what the demo is about; Printful's real 120 requests a minute would only slow the clock-free run.
        Printful.RequestsPerMinute = 1_000_000;

        // Printify's catalogue holds the variants the shop sells, in stock (the loop's stock poller reads it).
        var shop = ProductCatalog.Create();
        DemoShop.Catalog(shop);
        foreach (var entry in shop.Build().Entries)
        {
            if (entry.Providers.TryGetValue("printify", out var product) && product.ProductId.Split('/') is [var blueprint, var provider, var variant])
            {
                Printify.SetCatalogVariant(long.Parse(blueprint, CultureInfo.InvariantCulture), long.Parse(provider, CultureInfo.InvariantCulture), long.Parse(variant, CultureInfo.InvariantCulture));
            }
        }
    }

    public FakeTikTokShop TikTok { get; }

    public FakeGelato Gelato { get; }

    public FakePrintful Printful { get; }

    public FakeProdigi Prodigi { get; }

    public FakePrintify Printify { get; }

    /// <summary>Every fake's fault injector, TikTok's first.</summary>
    private IEnumerable<FaultInjector> Injectors => [TikTok.Faults, Gelato.Faults, Printful.Faults, Prodigi.Faults, Printify.Faults];

    public static DemoFakes Start(TimeProvider time) => new(time);

    /// <summary>Fails <paramref name="rate"/> of the calls to every fake with <see cref="FaultMix"/> (each fake draws from its own seed).</summary>
    public void FailAtRate(double rate, int seed)
    {
        var i = 0;
        foreach (var injector in Injectors)
        {
            injector.FailAtRate(rate, FaultMix, seed + i++);
        }
    }

    /// <summary>Faults injected so far, over every fake.</summary>
    public int FaultsInjected => Injectors.Sum(f => f.Taken);

    /// <summary>HTTP requests each fake received, by provider name (<c>tiktokshop</c> for TikTok).</summary>
    public IReadOnlyDictionary<string, int> RequestCounts() => new SortedDictionary<string, int>(StringComparer.Ordinal)
    {
        ["tiktokshop"] = TikTok.Requests.Count,
        ["gelato"] = Gelato.Requests.Count,
        ["printful"] = Printful.Requests.Count,
        ["prodigi"] = Prodigi.Requests.Count,
        ["printify"] = Printify.Requests.Count,
    };

    /// <summary>Requests to the providers' stock APIs (the loop's stock poller), over every fake.</summary>
    public int StockReads() =>
        Printful.Requests.Count(r => r.Path.StartsWith("/v2/catalog-variants/", StringComparison.Ordinal))
        + Gelato.Requests.Count(r => r.Path == "/v3/stock/region-availability")
        + Printify.Requests.Count(r => r.Path.StartsWith("/v1/catalog/", StringComparison.Ordinal));

    /// <summary>HTTP requests per fake and operation (<c>GET /v4/orders/{id}</c>: ids in paths collapsed), for seeing where the calls go.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> RequestsByOperation()
    {
        static IReadOnlyDictionary<string, int> Group(IEnumerable<(string Method, string Path)> requests) =>
            new SortedDictionary<string, int>(requests.GroupBy(r => r.Method + " " + Operation(r.Path)).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);

        return new SortedDictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal)
        {
            ["tiktokshop"] = Group(TikTok.Requests.Select(r => (r.Method, r.Path))),
            ["gelato"] = Group(Gelato.Requests.Select(r => (r.Method, r.Path))),
            ["printful"] = Group(Printful.Requests.Select(r => (r.Method, r.Path))),
            ["prodigi"] = Group(Prodigi.Requests.Select(r => (r.Method, r.Path))),
            ["printify"] = Group(Printify.Requests.Select(r => (r.Method, r.Path))),
        };
    }

    /// <summary>How many provider orders carry each TikTok order id, over all four providers (more than one is a duplicate).</summary>
    public IReadOnlyDictionary<string, int> ProviderOrdersByTikTokId()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(string? id)
        {
            if (id is not null)
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }

        foreach (var order in Gelato.Orders)
        {
            Count(order.OrderReferenceId);
        }

        foreach (var order in Printful.Orders)
        {
            Count(order.ExternalId);
        }

        foreach (var order in Prodigi.Orders)
        {
            Count(order.MerchantReference);
        }

        // Printify's fake lists ids only; an order counts under each external id it carries.
        foreach (var id in Printify.OrderIds)
        {
            Count(Printify.ExternalIdOf(id));
        }

        return counts;
    }

    /// <summary>Whether TikTok shows the order as shipped (ready for collection or further).</summary>
    public bool IsShippedOnTikTok(string orderId) =>
        (string?)TikTok.GetOrder(FakeTikTokShop.DefaultShopCipher, orderId)?["status"] is "AWAITING_COLLECTION" or "IN_TRANSIT" or "DELIVERED" or "COMPLETED";

    /// <summary>
    /// The provider hands the parcel to its carrier: tracked, with a carrier the TikTok shop lists (so the
    /// loop maps it by name) and a tracking number of its own (TikTok refuses one used twice).
    /// </summary>
    public Task ShipAsync(string provider, string providerOrderId, string tikTokOrderId) => provider switch
    {
        "gelato" => Gelato.ShipAsync(providerOrderId, trackingCode: "JD0146" + tikTokOrderId[^10..], trackingUrl: "https://tracking.example/gelato/" + tikTokOrderId, methodName: "DPD UK"),
        "printful" => Printful.ShipAsync(long.Parse(providerOrderId, CultureInfo.InvariantCulture), carrier: "DPD UK", trackingNumber: "155" + tikTokOrderId[^11..], trackingUrl: "https://tracking.example/printful/" + tikTokOrderId),
        "prodigi" => Prodigi.ShipAsync(providerOrderId, carrier: "Royal Mail", trackingNumber: "RM" + tikTokOrderId[^9..] + "GB", trackingUrl: "https://tracking.example/prodigi/" + tikTokOrderId),
        "printify" => Printify.ShipAsync(providerOrderId, carrier: "Evri", number: "H01HYA" + tikTokOrderId[^10..], url: "https://tracking.example/printify/" + tikTokOrderId),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "The demo runs gelato, printful, prodigi and printify."),
    };

    /// <summary>A path with its id segments (any segment with four or more digits, or an <c>ord_</c>/<c>@</c> id) as <c>{id}</c>.</summary>
    private static string Operation(string path) =>
        string.Join('/', path.Split('/').Select(p => p.Count(char.IsAsciiDigit) >= 4 || p.StartsWith("ord_", StringComparison.Ordinal) || p.StartsWith('@') ? "{id}" : p));

    public void Dispose()
    {
        TikTok.Dispose();
        Gelato.Dispose();
        Printful.Dispose();
        Prodigi.Dispose();
        Printify.Dispose();
    }
}
