using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PodConnect.Catalog;
using PodConnect.Domain;
using PodConnect.Fulfillment;
using PodConnect.Marketplaces;
using PodConnect.Providers;
using PodConnect.Routing;
using PodConnect.Testing.Common;
using PodConnect.Testing.Gelato;
using PodConnect.Testing.Printful;
using PodConnect.Testing.TikTokShop;
using PodConnect.Testing.Time;
using PodConnect.TikTokShop.Auth;
using PodConnect.Webhooks;
using Xunit.Abstractions;

namespace PodConnect.EndToEnd.Tests;

/// <summary>
/// The whole loop through DI against the HTTP fakes: TikTok orders (webhooks and polling) → routing →
/// Gelato or Printful → shipped on TikTok with tracking. Faults on every fake (5xx, 429 with Retry-After,
/// connections cut before and after the server acted), lost/duplicated/reordered webhooks and a crash that
/// loses all local memory; the end state is the same.
/// </summary>
public sealed class FulfillmentEndToEndTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero); // a Monday
    private static readonly string[] Countries = ["GB", "GB", "GB", "IE", "DE", "FR", "ES", "IT", "NL"];
    private static readonly string[] Skus = ["TEE-BLK-M", "TEE-BLK-M", "MUG-11", "CAP-RED"];

    /// <summary>The Retry-After of injected 429s: no other timer of the run has this due time, so the driver can tell a throttle wait from a timeout.</summary>
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(3);

    private readonly ObservableFakeTimeProvider _time = new(Start);
    private readonly Dictionary<string, int> _injected = new(StringComparer.Ordinal);
    private readonly FakeTikTokShop _tikTok;
    private readonly FakeGelato _gelato;
    private readonly FakePrintful _printful;
    private readonly ITestOutputHelper _output;
    private ServiceProvider _services;

    public FulfillmentEndToEndTests(ITestOutputHelper output)
    {
        _output = output;
        _tikTok = FakeTikTokShop.Start(_time);
        _gelato = FakeGelato.Start(_time);
        _printful = FakePrintful.Start(_time);
        _printful.RequestsPerMinute = 1_000_000;
        _services = Build();
    }

    public void Dispose()
    {
        _services.Dispose();
        _tikTok.Dispose();
        _gelato.Dispose();
        _printful.Dispose();
    }

    [Fact]
    public async Task Happy_path_orders_flow_from_TikTok_to_providers_and_back_to_shipped()
    {
        var result = await RunAsync(orders: 200, seed: 3, faultsPerStep: 0, webhookLoss: 0, crashAtStep: null);

        Assert.Equal(200, result.Shipped);
        Assert.Equal(0, result.Lost + result.Duplicates + result.Surfaced);
        Assert.Equal(200, _tikTok.MarkShippedCount);
        Assert.Equal(200, _gelato.CreateCalls + _printful.CreateCalls);
    }

    [Fact]
    public async Task Under_faults_lost_webhooks_and_a_crash_1000_orders_ship_exactly_once_or_are_surfaced()
    {
        var result = await RunAsync(orders: 1_000, seed: 42, faultsPerStep: 15, webhookLoss: 0.2, crashAtStep: 30);

        Assert.Equal(0, result.Duplicates);
        Assert.Equal(0, result.Lost);
        Assert.Equal(1_000, result.Shipped + result.Surfaced);
        // At most one provider order per TikTok order (a create cut before the provider acted made none).
        Assert.InRange(_gelato.Orders.Count + _printful.Orders.Count, result.Shipped, 1_000);
        Assert.All(FaultKinds, kind => Assert.True(_injected.GetValueOrDefault(kind) > 0, $"no {kind} was injected"));
    }

    [Fact]
    public async Task A_seller_cancellation_reaches_TikTok_with_the_UK_reason_and_is_safe_to_ask_again()
    {
        var cipher = FakeTikTokShop.DefaultShopCipher;
        _tikTok.SeedOrders(cipher, FakeTikTokOrders.Create("579000000000000001", _time.GetUtcNow(), [new FakeOrderLine("POSTER-A3", 1)]));
        _tikTok.SeedOrders(cipher, FakeTikTokOrders.Create("579000000000000002", _time.GetUtcNow(), [new FakeOrderLine("TEE-BLK-M", 1)], status: "IN_TRANSIT"));
        var marketplace = Assert.IsAssignableFrom<IMarketplaceCancellation>(_services.GetRequiredService<IMarketplace>());

        var cancelled = await marketplace.CancelOrderAsync(new(FakeTikTokShop.DefaultShopId, "579000000000000001"), MarketplaceCancelReason.OutOfStock);
        var again = await marketplace.CancelOrderAsync(new(FakeTikTokShop.DefaultShopId, "579000000000000001"), MarketplaceCancelReason.OutOfStock);
        var shipped = await marketplace.CancelOrderAsync(new(FakeTikTokShop.DefaultShopId, "579000000000000002"), MarketplaceCancelReason.OutOfStock);

        Assert.Equal(new MarketplaceCancelResult(true), cancelled);
        Assert.Equal("seller_cancel_reason_out_of_stock_uk", _tikTok.SellerCancellations["579000000000000001"]);
        Assert.Equal("CANCELLED", (string?)_tikTok.GetOrder(cipher, "579000000000000001")?["status"]);
        Assert.True(again.Cancelled);
        Assert.Equal("25001011", again.Code);
        Assert.False(shipped.Cancelled);
        Assert.Equal("25001045", shipped.Code);
    }

    private async Task<Tally> RunAsync(int orders, int seed, int faultsPerStep, double webhookLoss, int? crashAtStep)
    {
        var random = new Random(seed);
        var ids = Enumerable.Range(0, orders).Select(i => (578_000_000_000_000_000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        const int arrivalSteps = 24; // over four hours, in 10-minute steps
        for (var s = 0; s < 600; s++)
        {
            var arriving = ids.Skip(s * orders / arrivalSteps).Take(((s + 1) * orders / arrivalSteps) - (s * orders / arrivalSteps)).ToList();
            var hooks = new List<PodWebhookRequest>();
            foreach (var id in arriving)
            {
                var country = Countries[random.Next(Countries.Length)];
                _tikTok.SeedOrders(FakeTikTokShop.DefaultShopCipher, FakeTikTokOrders.Create(
                    id, _time.GetUtcNow(), [new FakeOrderLine(Skus[random.Next(Skus.Length)], random.Next(8) == 0 ? 2 : 1)],
                    regionCode: country, subdivisionIso: country == "GB" ? "GB-SCT" : null, postalCode: "EH1 1YZ"));
                var body = _tikTok.CreateWebhookBody(1, new JsonObject { ["order_id"] = id, ["order_status"] = "AWAITING_SHIPMENT", ["update_time"] = _time.GetUtcNow().ToUnixTimeSeconds() }, notificationId: "n-" + id);
                hooks.Add(new PodWebhookRequest(Encoding.UTF8.GetBytes(body), [new("Authorization", _tikTok.SignWebhook(body))]));
            }

            // Webhooks lost, duplicated and out of order.
            foreach (var hook in hooks.Where(_ => random.NextDouble() >= webhookLoss).SelectMany(h => random.Next(10) == 0 ? new[] { h, h } : [h]).OrderBy(_ => random.Next()))
            {
                var answer = await Ingress.ReceiveAsync("tiktokshop", hook);
                Assert.Equal(200, answer.HttpStatusCode);
            }

            for (var f = 0; f < (s < arrivalSteps + 12 ? faultsPerStep : 0); f++)
            {
                InjectFault(random);
            }

            if (s == crashAtStep)
            {
                // A new instance with empty memory (the token store stands for a durable one).
                _services.Dispose();
                _services = Build();
            }

            await ShipDueOrdersAsync();
            _time.Advance(TimeSpan.FromMinutes(10));
            await RunPassDrivingTheClockAsync();
            if (s > arrivalSteps && ids.All(id => IsShipped(id) || Monitor.Surfaced.ContainsKey(id)))
            {
                break;
            }
        }

        var tally = Count(ids);
        var requests = _tikTok.Requests.Count + _gelato.Requests.Count + _printful.Requests.Count;
        var injected = _injected.Values.Sum();
        _output.WriteLine($"orders {orders}; injected faults {injected} of {requests} requests ({injected / (double)requests:P1}): {string.Join(", ", _injected.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}"))}; webhook loss {webhookLoss:P0}; crash {(crashAtStep is null ? "no" : "yes")}");
        _output.WriteLine($"shipped {tally.Shipped}, surfaced {tally.Surfaced} ({string.Join(", ", Monitor.Surfaced.Values.GroupBy(v => v.Reason).Select(g => $"{g.Key} {g.Count()}"))}), lost {tally.Lost}, duplicates {tally.Duplicates}");
        _output.WriteLine($"HTTP calls per order: TikTok {_tikTok.Requests.Count / (double)orders:F2} (mark-shipped {_tikTok.MarkShippedCount / (double)orders:F2}), Gelato {_gelato.Requests.Count / (double)orders:F2}, Printful {_printful.Requests.Count / (double)orders:F2}, total {requests / (double)orders:F2}");
        _output.WriteLine("TikTok calls: " + string.Join(", ", _tikTok.Requests.GroupBy(r => r.Method + " " + Shorten(r.Path)).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}")));
        _output.WriteLine("Gelato calls: " + string.Join(", ", _gelato.Requests.GroupBy(r => r.Method + " " + Shorten(r.Path)).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}")));
        _output.WriteLine("Printful calls: " + string.Join(", ", _printful.Requests.GroupBy(r => r.Method + " " + Shorten(r.Path)).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}")));
        return tally;
    }

    /// <summary>The providers ship each order about a day after it reached them, each with its own tracking number (TikTok refuses one used twice).</summary>
    private async Task ShipDueOrdersAsync()
    {
        var now = _time.GetUtcNow();
        foreach (var order in _gelato.Orders.Where(o => o.Status is "created" or "passed" or "in_production" && now - o.CreatedAt >= TimeSpan.FromHours(20)))
        {
            await _gelato.ShipAsync(order.Id, trackingCode: "JD" + order.OrderReferenceId);
        }

        foreach (var order in _printful.Orders.Where(o => o.Status is "pending" or "inprocess" && now - o.Created >= TimeSpan.FromHours(22)))
        {
            await _printful.ShipAsync(order.Id, trackingNumber: "155" + order.ExternalId);
        }
    }

    private static string Shorten(string path) => string.Join('/', path.Split('/').Select(p => p.Length >= 6 && p.Count(char.IsAsciiDigit) >= 4 ? "{id}" : p));

    private static readonly string[] FaultKinds = ["5xx", "429", "cut before acting", "cut after acting"];

    private void InjectFault(Random random)
    {
        var kind = FaultKinds[random.Next(FaultKinds.Length)];
        var fault = kind switch
        {
            "5xx" => Fault.ServerError(random.Next(2) == 0 ? 503 : 500),
            "429" => Fault.RateLimited(RetryAfter),
            "cut before acting" => Fault.DropConnection(),
            _ => Fault.ProcessThenDropConnection(),
        };
        var target = random.Next(3) switch { 0 => _tikTok.Faults, 1 => _gelato.Faults, _ => _printful.Faults };
        target.Add(fault, "/", times: 1);
        _injected[kind] = _injected.GetValueOrDefault(kind) + 1;
    }

    /// <summary>
    /// Runs one pass, and whenever the pass waits on the clock for a throttle (Printful's client waits out a
    /// 429's Retry-After before its next call), advances the clock by exactly that wait — the moment the wait
    /// is armed, never by sleeping. No other timer of the run is due after <see cref="RetryAfter"/>, so attempt
    /// timeouts are never fired by the driver.
    /// </summary>
    private async Task RunPassDrivingTheClockAsync()
    {
        var pass = Reconciler.RunPassAsync();
        var mark = _time.TimersCreated;
        while (await Task.WhenAny(pass, _time.WaitForTimerAsync(mark, due => due > TimeSpan.Zero && due <= RetryAfter)) != pass)
        {
            mark = _time.TimersCreated; // every throttle wait armed so far is released by this advance
            _time.Advance(RetryAfter);
        }

        await pass;
    }

    private bool IsShipped(string id) => (string?)_tikTok.GetOrder(FakeTikTokShop.DefaultShopCipher, id)?["status"] is "AWAITING_COLLECTION" or "IN_TRANSIT" or "DELIVERED" or "COMPLETED";

    private Tally Count(string[] ids)
    {
        int shipped = 0, surfaced = 0, lost = 0, duplicates = 0;
        foreach (var id in ids)
        {
            var atProviders = _gelato.OrdersWithReference(id).Count + _printful.Orders.Count(o => o.ExternalId == id);
            if (atProviders > 1)
            {
                duplicates++;
            }

            if (IsShipped(id))
            {
                Assert.Equal(1, atProviders);
                shipped++;
            }
            else if (Monitor.Surfaced.ContainsKey(id))
            {
                surfaced++;
            }
            else
            {
                lost++;
                _output.WriteLine($"not settled: {id} TikTok {(string?)_tikTok.GetOrder(FakeTikTokShop.DefaultShopCipher, id)?["status"]}, at providers {atProviders}");
            }
        }

        return new Tally(shipped, surfaced, lost, duplicates);
    }

    private FulfillmentReconciler Reconciler => _services.GetRequiredService<FulfillmentReconciler>();

    private FulfillmentMonitor Monitor => _services.GetRequiredService<FulfillmentMonitor>();

    private IWebhookIngress Ingress => _services.GetRequiredService<IWebhookIngress>();

    private ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddPodConnect(pod => pod
            .AddFakeTikTokShop(_tikTok)
            .AddGelato(o =>
            {
                o.ApiKey = FakeGelato.DefaultApiKey;
                o.BaseAddress = _gelato.BaseAddress;
                o.ShipmentBaseAddress = _gelato.BaseAddress;
                o.ProductBaseAddress = _gelato.BaseAddress;
                o.Resilience.PermitsPerSecond = 0;
                o.Resilience.MaxRetryAttempts = 0;
            })
            .AddFakePrintful(_printful)
            .UseCatalog(c => c
                .Add("TEE-BLK-M", ProductKind.TShirt, p => p
                    .At("gelato", "apparel_product_gca_t-shirt_gsc_crewneck_gcu_unisex_gqa_classic_gsi_m_gco_black_gpr_4-4", new PodPrintFile("front", new Uri("https://cdn.example/tee.png")))
                    .At("printful", "4012", new PodPrintFile("front", new Uri("https://cdn.example/tee.png"))))
                .Add("MUG-11", ProductKind.Mug, p => p
                    .At("gelato", "mug_product_msz_11-oz_mmat_ceramic-white_cl_4-0", new PodPrintFile("default", new Uri("https://cdn.example/mug.png")))
                    .At("printful", "1320", new PodPrintFile("default", new Uri("https://cdn.example/mug.png"))))
                .Add("CAP-RED", ProductKind.Cap, p => p.At("printful", "7854", new PodPrintFile("embroidery_front", new Uri("https://cdn.example/cap.png")))))
            .UseNetwork(FacilityNetwork.BuiltInEurope)
            .Route(p => p.PreferLocal().ThenBy(RoutingCriterion.Cost).ThenBy(RoutingCriterion.Co2e))
            .RunFulfillment(o =>
            {
                o.InstanceId = "e2e";
                o.CarrierOverrides["DHL Parcel"] = FakeTikTokShop.RoyalMailProviderId; // Gelato's fake ships with DHL; the shop lists Royal Mail, Evri, DPD UK
                o.MaxParallelism = 16;
            }));
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        provider.GetRequiredService<ITikTokShopTokenStore>().SaveAsync(_tikTok.IssueToken().ToClientToken()).AsTask().GetAwaiter().GetResult();
        return provider;
    }

    private sealed record Tally(int Shipped, int Surfaced, int Lost, int Duplicates);
}
