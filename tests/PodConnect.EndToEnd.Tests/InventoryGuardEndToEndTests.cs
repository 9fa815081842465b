using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PodConnect.Domain;
using PodConnect.Fulfillment;
using PodConnect.Inventory;
using PodConnect.Printful;
using PodConnect.Providers;
using PodConnect.Routing;
using PodConnect.Sustainability;
using PodConnect.Testing.Common;
using PodConnect.Testing.Printful;
using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Auth;
using PodConnect.Webhooks;
using Xunit.Abstractions;

namespace PodConnect.EndToEnd.Tests;

/// <summary>
/// The inventory guard through DI against the HTTP fakes: TikTok's stock follows the capacity that can
/// still dispatch in time, provider stock signals and the health budget; sent only when changed, one call
/// per product, and a failed call is sent again at the next pass.
/// </summary>
public sealed class InventoryGuardEndToEndTests : IDisposable
{
    private const string Product = "1729500000000000001";
    private const string SkuM = "1729500000000000101";
    private const string SkuL = "1729500000000000102";
    private const string SkuXl = "1729500000000000103";
    private const int DailyCapacity = 10;
    private static readonly TimeSpan StockPollInterval = new FulfillmentOptions().StockPollInterval;
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero); // a Monday
    private static readonly string Cipher = FakeTikTokShop.DefaultShopCipher;
    private static readonly string Warehouse = FakeTikTokShop.DefaultWarehouseId;

    private readonly FakeTimeProvider _time = new(Start);
    private readonly FakeTikTokShop _tikTok;
    private readonly FakePrintful _printful;
    private readonly ITestOutputHelper _output;
    private readonly ConcurrentQueue<LateRisk> _lateRisks = new(); // raised by the loop's workers, several at once
    private ServiceProvider _services;

    public InventoryGuardEndToEndTests(ITestOutputHelper output)
    {
        _output = output;
        _tikTok = FakeTikTokShop.Start(_time);
        _printful = FakePrintful.Start(_time);
        _printful.RequestsPerMinute = 1_000_000;
        _tikTok.SetInventory(Cipher, Product, SkuM, "TEE-BLK-M", new Dictionary<string, int> { [Warehouse] = 5 });
        _services = Build(guard: true);
    }

    public void Dispose()
    {
        _services.Dispose();
        _tikTok.Dispose();
        _printful.Dispose();
    }

    [Fact]
    public async Task The_first_pass_sets_the_stock_to_the_capacity_that_can_still_dispatch_in_time()
    {
        await PassAsync();

        var offered = Stock(SkuM);
        _output.WriteLine($"offered {offered} with {DailyCapacity} a day");
        Assert.InRange(offered, DailyCapacity, 3 * DailyCapacity); // a day or more of the one facility's capacity, never TikTok's 99,999
        Assert.Equal(1, _tikTok.InventoryUpdateCount);
    }

    [Fact]
    public async Task A_spike_lowers_TikTok_stock_as_orders_arrive_so_no_order_sold_is_late()
    {
        var sold = await SpikeAsync(attemptsPerStep: 6, steps: 12);

        _output.WriteLine($"sold {sold.Count} of 72 attempts; late-risk events {_lateRisks.Count}; TikTok stock {StockOrNull(SkuM)}, status {_tikTok.GetProductStatus(Cipher, Product)}");
        Assert.InRange(sold.Count, DailyCapacity, 3 * DailyCapacity);
        Assert.True(StockOrNull(SkuM) is null or 0 || _tikTok.GetProductStatus(Cipher, Product) == "SELLER_DEACTIVATED", "stock must be gone once capacity is");
        await ShipEverythingAsync(sold);
        Assert.DoesNotContain(_lateRisks, r => r.PredictedDispatch > r.Deadline);
    }

    [Fact]
    public async Task Without_the_guard_the_same_spike_sells_orders_that_cannot_dispatch_in_time()
    {
        _services.Dispose();
        _services = Build(guard: false);
        _tikTok.SetInventory(Cipher, Product, SkuM, "TEE-BLK-M", new Dictionary<string, int> { [Warehouse] = 1_000 });

        var sold = await SpikeAsync(attemptsPerStep: 6, steps: 12);
        await ShipEverythingAsync(sold);

        _output.WriteLine($"sold {sold.Count}; predicted late {_lateRisks.Count(r => r.PredictedDispatch > r.Deadline)}");
        Assert.Equal(72, sold.Count);
        Assert.Contains(_lateRisks, r => r.PredictedDispatch > r.Deadline);
    }

    [Fact]
    public async Task A_provider_stock_out_zeroes_the_SKU_within_one_pass_and_restock_brings_it_back()
    {
        await PassAsync();
        var offered = Stock(SkuM);

        var answer = await Ingress.ReceiveAsync("printful", _printful.CreateCatalogStockUpdated((71, 4012, "out of stock")));
        Assert.Equal(WebhookIngressStatus.Accepted, answer.Status);
        await PassAsync();
        Assert.Equal("SELLER_DEACTIVATED", _tikTok.GetProductStatus(Cipher, Product)); // every SKU at zero: hidden, as TikTok documents

        _time.Advance(TimeSpan.FromMinutes(5));
        await Ingress.ReceiveAsync("printful", _printful.CreateCatalogStockUpdated((71, 4012, "in stock")));
        await PassAsync();
        Assert.Equal("ACTIVATE", _tikTok.GetProductStatus(Cipher, Product));
        Assert.Equal(offered, Stock(SkuM));
    }

    [Fact]
    public async Task A_stock_out_reported_only_by_the_stock_API_zeroes_the_SKU_within_one_pass_and_restock_brings_it_back()
    {
        await PassAsync();
        var offered = Stock(SkuM);
        Assert.True(offered > 0);

        _printful.SetAvailability(4012, "out of stock"); // no webhook: only GET /v2/catalog-variants/4012/availability says so
        _time.Advance(StockPollInterval);
        await PassAsync();
        Assert.Equal("SELLER_DEACTIVATED", _tikTok.GetProductStatus(Cipher, Product));

        _printful.SetAvailability(4012, "in stock");
        _time.Advance(StockPollInterval);
        await PassAsync();
        Assert.Equal("ACTIVATE", _tikTok.GetProductStatus(Cipher, Product));
        Assert.Equal(offered, Stock(SkuM));
        Assert.Equal(3, _printful.Requests.Count(r => r.Path == "/v2/catalog-variants/4012/availability")); // one read per poll
    }

    [Fact]
    public async Task A_stock_out_in_the_one_selling_region_the_facility_serves_zeroes_the_SKU()
    {
        await PassAsync();

        _printful.SetAvailability(4012, "out of stock", "uk"); // in stock in every other region; uk → this network's printful-gb
        _time.Advance(StockPollInterval);
        await PassAsync();

        Assert.Equal("SELLER_DEACTIVATED", _tikTok.GetProductStatus(Cipher, Product));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_failing_stock_API_changes_no_TikTok_stock(bool outOfStockBefore)
    {
        await PassAsync();
        if (outOfStockBefore)
        {
            await Ingress.ReceiveAsync("printful", _printful.CreateCatalogStockUpdated((71, 4012, "out of stock")));
            await PassAsync();
        }

        var status = _tikTok.GetProductStatus(Cipher, Product);
        var stock = StockOrNull(SkuM);
        var updates = _tikTok.InventoryUpdateCount;
        _printful.SetAvailability(4012, outOfStockBefore ? "in stock" : "out of stock"); // what a read would say, if it worked
        _printful.Faults.Add(Fault.ServerError(503), "/v2/catalog-variants/", times: 1_000);

        for (var poll = 0; poll < 3; poll++)
        {
            _time.Advance(StockPollInterval);
            await PassAsync();
        }

        Assert.Equal(status, _tikTok.GetProductStatus(Cipher, Product));
        Assert.Equal(stock, StockOrNull(SkuM));
        Assert.Equal(updates, _tikTok.InventoryUpdateCount);
        Assert.Equal(3, _printful.Requests.Count(r => r.Path == "/v2/catalog-variants/4012/availability" && r.ResponseStatus == 503));
    }

    [Fact]
    public async Task A_stock_out_of_one_size_zeroes_only_that_SKU_of_the_product()
    {
        _tikTok.AcceptsZeroInventory = true; // whether TikTok takes 0 is UNCONFIRMED; this models a TikTok that does
        _tikTok.SetInventory(Cipher, Product, SkuL, "TEE-BLK-L", new Dictionary<string, int> { [Warehouse] = 5 });
        await PassAsync();

        await Ingress.ReceiveAsync("printful", _printful.CreateCatalogStockUpdated((71, 4013, "discontinued")));
        await PassAsync();

        Assert.Equal(0, Stock(SkuL));
        Assert.True(Stock(SkuM) > 0);
        Assert.Equal("ACTIVATE", _tikTok.GetProductStatus(Cipher, Product));
    }

    [Fact]
    public async Task Sizes_of_one_product_go_in_one_call_and_nothing_is_sent_while_nothing_changes()
    {
        _tikTok.SetInventory(Cipher, Product, SkuL, "TEE-BLK-L", new Dictionary<string, int> { [Warehouse] = 5 });
        _tikTok.SetInventory(Cipher, Product, SkuXl, "TEE-BLK-XL", new Dictionary<string, int> { [Warehouse] = 5 });

        await PassAsync();
        var update = Assert.Single(InventoryUpdates());
        Assert.Equal(3, JsonNode.Parse(update.Body)!["skus"]!.AsArray().Count);

        for (var i = 0; i < 5; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            await PassAsync();
        }

        Assert.Single(InventoryUpdates());
    }

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    public async Task A_failed_inventory_call_is_sent_again_at_the_next_pass(int status)
    {
        _tikTok.Faults.Add(status == 429 ? Fault.RateLimited(TimeSpan.FromSeconds(1)) : Fault.ServerError(status), $"/product/202309/products/{Product}/inventory/update", method: HttpMethod.Post);

        await PassAsync();
        Assert.Equal(5, Stock(SkuM)); // refused: unchanged on TikTok, and not remembered as set

        _time.Advance(TimeSpan.FromMinutes(1));
        await PassAsync();
        Assert.NotEqual(5, Stock(SkuM));
        Assert.Equal(1, _tikTok.InventoryUpdateCount);
    }

    [Fact]
    public async Task An_inventory_webhook_makes_the_next_pass_read_TikTok_again_and_restore_the_honest_stock()
    {
        await PassAsync();
        var offered = Stock(SkuM);
        _tikTok.SetInventory(Cipher, Product, SkuM, "TEE-BLK-M", new Dictionary<string, int> { [Warehouse] = 500 }); // edited in Seller Center

        _time.Advance(TimeSpan.FromMinutes(1));
        await PassAsync();
        Assert.Equal(500, Stock(SkuM)); // not known yet: listings are read hourly

        var body = _tikTok.CreateWebhookBody(27, new JsonObject
        {
            ["product_id"] = Product,
            ["sku_id"] = SkuM,
            ["trigger_reason"] = new JsonObject { ["alert_type"] = "REALTIME", ["low_stock_threshold"] = 0 },
            ["current_inventory_status"] = "SUFFICIENT_STOCK",
            ["inventory_distribution"] = new JsonObject { ["total_quantity"] = 500, ["available_quantity"] = 500 },
            ["update_time"] = _time.GetUtcNow().ToUnixTimeSeconds(),
        });
        var answer = await Ingress.ReceiveAsync("tiktokshop", new PodWebhookRequest(Encoding.UTF8.GetBytes(body), [new("Authorization", _tikTok.SignWebhook(body))]));
        Assert.Equal(WebhookIngressStatus.Accepted, answer.Status);
        await PassAsync();

        Assert.Equal(offered, Stock(SkuM));
    }

    [Fact]
    public async Task The_health_budget_caps_what_TikTok_may_sell()
    {
        _services.Dispose();
        _services = Build(guard: true, budget: new FixedBudget(3));

        await PassAsync();

        Assert.Equal(3, Stock(SkuM));
    }

    [Fact]
    public async Task A_shop_whose_late_dispatch_rate_is_Over_sells_a_trickle_and_everything_again_when_it_recovers()
    {
        await PassAsync();
        var offered = Stock(SkuM);
        Assert.True(offered > 5);

        // Ten orders shipped to TikTok a day after their rts_sla_time: LDR 100% over the 30-day window, far past 4%.
        SeedLateDispatches(10);
        _time.Advance(TimeSpan.FromMinutes(10));
        await PassAsync();

        // OverHealthAllowance (5 by default): enough for on-time orders to dilute the rate, never the full capacity.
        _output.WriteLine($"LDR Over: stock {StockOrNull(SkuM)}, status {_tikTok.GetProductStatus(Cipher, Product)}");
        Assert.Equal(5, Stock(SkuM));
        Assert.Equal("ACTIVATE", _tikTok.GetProductStatus(Cipher, Product));

        await AssertRecoversAsync();
    }

    [Fact]
    public async Task With_no_allowance_when_Over_the_shop_stops_selling_until_it_recovers()
    {
        _services.Dispose();
        _services = Build(guard: true, overAllowance: 0);
        await PassAsync();
        Assert.True(Stock(SkuM) > 0);

        SeedLateDispatches(10);
        _time.Advance(TimeSpan.FromMinutes(10));
        await PassAsync();

        _output.WriteLine($"LDR Over: stock {StockOrNull(SkuM)}, status {_tikTok.GetProductStatus(Cipher, Product)}");
        Assert.True(StockOrNull(SkuM) is null or 0 || _tikTok.GetProductStatus(Cipher, Product) == "SELLER_DEACTIVATED", "an Over shop with no allowance must not sell");

        await AssertRecoversAsync();
    }

    /// <summary>A month on, the late dispatches have left the window: the stock comes back to the day's capacity (which depends on the weekday).</summary>
    private async Task AssertRecoversAsync()
    {
        _time.Advance(TimeSpan.FromDays(31));
        await PassAsync();

        _output.WriteLine($"recovered: stock {StockOrNull(SkuM)}, status {_tikTok.GetProductStatus(Cipher, Product)}");
        Assert.InRange(Stock(SkuM), DailyCapacity, 3 * DailyCapacity);
        Assert.Equal("ACTIVATE", _tikTok.GetProductStatus(Cipher, Product));
    }

    [Fact]
    public async Task A_restarted_instance_with_empty_memory_sends_nothing_when_TikTok_is_already_right()
    {
        await PassAsync();
        var offered = Stock(SkuM);

        _services.Dispose();
        _services = Build(guard: true);
        _time.Advance(TimeSpan.FromMinutes(1));
        await PassAsync();

        Assert.Equal(offered, Stock(SkuM));
        Assert.Equal(1, _tikTok.InventoryUpdateCount);
    }

    /// <summary>Buyers try to buy every 10 minutes; TikTok sells only what it shows (and lowers it, as TikTok does).</summary>
    private async Task<List<string>> SpikeAsync(int attemptsPerStep, int steps)
    {
        await PassAsync();
        var sold = new List<string>();
        for (var step = 0; step < steps; step++)
        {
            for (var a = 0; a < attemptsPerStep; a++)
            {
                var stock = StockOrNull(SkuM) ?? 0;
                if (stock < 1 || _tikTok.GetProductStatus(Cipher, Product) != "ACTIVATE")
                {
                    continue;
                }

                _tikTok.SetInventory(Cipher, Product, SkuM, "TEE-BLK-M", new Dictionary<string, int> { [Warehouse] = stock - 1 });
                var id = (578_100_000_000_000_000L + sold.Count).ToString(CultureInfo.InvariantCulture);
                _tikTok.SeedOrders(Cipher, FakeTikTokOrders.Create(id, _time.GetUtcNow(), [new FakeOrderLine("TEE-BLK-M", 1)], subdivisionIso: null, postalCode: "B1 1AA", postTown: "Birmingham"));
                var body = _tikTok.CreateWebhookBody(1, new JsonObject { ["order_id"] = id, ["order_status"] = "AWAITING_SHIPMENT", ["update_time"] = _time.GetUtcNow().ToUnixTimeSeconds() });
                await Ingress.ReceiveAsync("tiktokshop", new PodWebhookRequest(Encoding.UTF8.GetBytes(body), [new("Authorization", _tikTok.SignWebhook(body))]));
                sold.Add(id);
            }

            _time.Advance(TimeSpan.FromMinutes(10));
            await PassAsync();
        }

        return sold;
    }

    /// <summary>Runs the loop for three days so every sold order is routed (and its late risk, if any, raised).</summary>
    private async Task ShipEverythingAsync(List<string> sold)
    {
        for (var i = 0; i < 3 * 24 * 6; i++)
        {
            foreach (var order in _printful.Orders.Where(o => o.Status is "pending" or "inprocess" && _time.GetUtcNow() - o.Created >= TimeSpan.FromHours(20)))
            {
                await _printful.ShipAsync(order.Id, trackingNumber: "155" + order.ExternalId);
            }

            _time.Advance(TimeSpan.FromMinutes(10));
            await PassAsync();
        }

        Assert.Equal(sold.Count, _printful.Orders.Count + Monitor.Surfaced.Count);
    }

    /// <summary>
    /// Orders created five days ago, marked shipped (and scanned) just now, two days past their ready-to-ship
    /// deadline. The deadline is later than the market's rule would set, so the guard learns no deadline
    /// shortfall from them and only the health budget moves the stock.
    /// </summary>
    private void SeedLateDispatches(int count)
    {
        var now = _time.GetUtcNow();
        for (var i = 0; i < count; i++)
        {
            var created = now.AddDays(-5);
            var order = FakeTikTokOrders.Create((578_200_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture), created, [new FakeOrderLine("TEE-BLK-M", 1)], status: "IN_TRANSIT", rtsSlaTime: created.AddDays(3));
            order["rts_time"] = now.ToUnixTimeSeconds();
            order["collection_time"] = now.ToUnixTimeSeconds();
            order["update_time"] = now.ToUnixTimeSeconds();
            _tikTok.SeedOrders(Cipher, order);
        }
    }

    private Task PassAsync() => _services.GetRequiredService<FulfillmentReconciler>().RunPassAsync();

    private IEnumerable<FakeRequest> InventoryUpdates() =>
        _tikTok.Requests.Where(r => r.Path.EndsWith("/inventory/update", StringComparison.Ordinal) && r.TikTokCode() == 0);

    private int Stock(string sku) => StockOrNull(sku) ?? throw new InvalidOperationException($"SKU {sku} has no stock on the fake");

    private int? StockOrNull(string sku) => _tikTok.GetInventory(Cipher, Product, sku, Warehouse);

    private FulfillmentMonitor Monitor => _services.GetRequiredService<FulfillmentMonitor>();

    private IWebhookIngress Ingress => _services.GetRequiredService<IWebhookIngress>();

    private static FacilityNetwork OneUkFacility() => FacilityNetwork.Create("one-uk-printer")
        .AddFacility("printful-gb", "printful", CountryCode.GB, new GeoPoint(52.48, -1.90), "Europe/London", f => f
            .Makes(ProductKind.TShirt, 1, 8m)
            .WithDailyCapacity(DailyCapacity)
            .ShipsTo(CountryCode.GB, 2, 4m, "Royal Mail"))
        .Build();

    private ServiceProvider Build(bool guard, IInventoryBudget? budget = null, int? overAllowance = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.Configure<PrintfulClientOptions>(o => o.StockRegionFacilities["uk"] = ["printful-gb"]); // this network's one facility
        services.AddPodConnect(pod =>
        {
            pod.AddFakeTikTokShop(_tikTok);
            pod.AddFakePrintful(_printful)
                .UseCatalog(c => c
                    .Add("TEE-BLK-M", ProductKind.TShirt, p => p.At("printful", "4012", new PodPrintFile("front", new Uri("https://cdn.example/tee.png"))))
                    .Add("TEE-BLK-L", ProductKind.TShirt, p => p.At("printful", "4013", new PodPrintFile("front", new Uri("https://cdn.example/tee.png"))))
                    .Add("TEE-BLK-XL", ProductKind.TShirt, p => p.At("printful", "4014", new PodPrintFile("front", new Uri("https://cdn.example/tee.png")))))
                .UseNetwork(OneUkFacility())
                .RunFulfillment(o =>
                {
                    o.InstanceId = "inventory-e2e";
                    o.CarrierOverrides["DPD"] = FakeTikTokShop.RoyalMailProviderId;
                });
            if (guard)
            {
                pod.GuardInventory(o => o.OverHealthAllowance = overAllowance ?? o.OverHealthAllowance);
            }

            if (budget is not null)
            {
                pod.UseInventoryBudget(budget);
            }
        });
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        provider.GetRequiredService<ITikTokShopTokenStore>().SaveAsync(_tikTok.IssueToken().ToClientToken()).AsTask().GetAwaiter().GetResult();
        provider.GetRequiredService<FulfillmentMonitor>().LateRiskRaised += (_, risk) => _lateRisks.Enqueue(risk);
        return provider;
    }

    private sealed class FixedBudget(int units) : IInventoryBudget
    {
        public int? Allowance(string shopId, string sku) => units;
    }
}
