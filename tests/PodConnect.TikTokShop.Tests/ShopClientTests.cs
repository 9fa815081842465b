using Microsoft.Extensions.Time.Testing;
using PodConnect.Domain;
using PodConnect.Errors;
using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Auth;
using PodConnect.TikTokShop.Orders;

namespace PodConnect.TikTokShop.Tests;

/// <summary>One client per shop, per-operation versions and the fields of today's orders.</summary>
public sealed class ShopClientTests : IDisposable
{
    private const string SecondCipher = "GCP_second_shop_cipher";

    private readonly Harness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Each_shop_client_sends_its_own_cipher_with_the_sellers_token()
    {
        _h.Fake.AddShop(FakeTikTokShop.DefaultSellerId, "7000714532876273421", SecondCipher, "Second shop", "IE");
        var first = _h.Client.ForShop(_h.ShopRef);
        var second = _h.Client.ForShop(_h.ShopRef with { ShopCipher = SecondCipher });

        await first.Logistics.GetWarehousesAsync();
        await second.Logistics.GetWarehousesAsync();

        Assert.Equal([FakeTikTokShop.DefaultShopCipher, SecondCipher], _h.RequestsTo("/logistics/202309/warehouses").Select(r => r.QueryValue("shop_cipher")));
        Assert.Same(_h.ShopRef, first.Shop);
    }

    [Fact]
    public void A_shop_without_a_cipher_is_refused_before_any_call()
    {
        Assert.Throws<ArgumentException>(() => _h.Client.ForShop(new TikTokShopRef(FakeTikTokShop.DefaultSellerId, "")));
        Assert.Empty(_h.Fake.Requests);
    }

    [Fact]
    public async Task The_public_constructor_builds_a_signed_pipeline()
    {
        var time = new FakeTimeProvider(Harness.Start);
        using var fake = FakeTikTokShop.Start(time);
        var store = new InMemoryTikTokShopTokenStore();
        await store.SaveAsync(fake.IssueToken().ToClientToken());
        var client = new TikTokShopClient(new TikTokShopClientOptions { AppKey = fake.AppKey, AppSecret = fake.AppSecret, ApiBaseUrl = fake.BaseAddress, AuthBaseUrl = fake.BaseAddress }, store, time);

        var warehouses = await client.ForShop(new TikTokShopRef(FakeTikTokShop.DefaultSellerId, FakeTikTokShop.DefaultShopCipher)).Logistics.GetWarehousesAsync();

        Assert.Single(warehouses);
        var request = Assert.Single(fake.Requests);
        Assert.Equal(0, request.TikTokCode()); // the fake checked app key, timestamp, signature and token
        Assert.NotNull(request.QueryValue("sign"));
    }

    [Fact]
    public void The_public_constructor_refuses_unusable_options_naming_the_setting()
    {
        var ex = Assert.Throws<ArgumentException>(() => new TikTokShopClient(new TikTokShopClientOptions { AppKey = "k" }, new InMemoryTikTokShopTokenStore()));
        Assert.Contains("TikTokShop:AppSecret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_operation_calls_its_own_current_version()
    {
        _h.Fake.SeedOrders(FakeTikTokShop.DefaultShopCipher, FakeTikTokOrders.Create("42", Harness.Start, [new FakeOrderLine("TEE")]));

        await _h.Shop.Orders.GetOrderAsync("42");
        await _h.Shop.Orders.GetOrderPageAsync();

        Assert.Single(_h.RequestsTo("/order/202507/orders"));
        Assert.Single(_h.RequestsTo("/order/202309/orders/search"));
    }

    [Fact]
    public async Task A_version_can_be_pinned_per_operation_and_a_retired_one_fails_with_TikToks_code()
    {
        using var pinned = new Harness(o => o.ApiVersions.GetOrderDetail = "202309");
        pinned.Fake.SeedOrders(FakeTikTokShop.DefaultShopCipher, FakeTikTokOrders.Create("42", Harness.Start, [new FakeOrderLine("TEE")]));
        Assert.Equal("42", (await pinned.Shop.Orders.GetOrderAsync("42")).Id);
        Assert.Single(pinned.RequestsTo("/order/202309/orders"));

        using var retired = new Harness(o => o.ApiVersions.GetOrderDetail = "202401");
        var ex = await Assert.ThrowsAsync<ValidationException>(() => retired.Shop.Orders.GetOrderAsync("42"));
        Assert.Equal("36009014", ex.ErrorCode);
    }

    [Fact]
    public void A_malformed_version_is_a_startup_error_naming_the_operation()
    {
        var options = new TikTokShopClientOptions { AppKey = "k", AppSecret = "s" };
        options.ApiVersions.SearchOrders = "2023-09";

        Assert.Equal("TikTokShop:ApiVersions:SearchOrders must be a TikTok API version of six digits (yyyyMM, e.g. 202309); found '2023-09'.", options.Validate());
    }

    [Fact]
    public async Task Delivery_sla_time_becomes_the_core_orders_delivery_deadline()
    {
        var json = FakeTikTokOrders.Create("42", Harness.Start, [new FakeOrderLine("TEE")]);
        json["delivery_sla_time"] = Harness.Start.AddDays(7).ToUnixTimeSeconds();
        _h.Fake.SeedOrders(FakeTikTokShop.DefaultShopCipher, json);

        var order = await _h.Shop.Orders.GetOrderAsync("42");
        var core = order.ToCoreOrder(_ => ProductKind.TShirt);

        Assert.Equal(Harness.Start.AddDays(7), order.DeliverySlaTime);
        Assert.Equal(Harness.Start.AddDays(7), core.Deadlines.DeliverBy);
        Assert.Equal(Harness.Start.AddDays(2), core.Deadlines.ReadyToShipBy);
    }

    [Fact]
    public async Task Without_delivery_sla_time_there_is_no_delivery_deadline_not_the_auto_cancel_time()
    {
        _h.Fake.SeedOrders(FakeTikTokShop.DefaultShopCipher, FakeTikTokOrders.Create("42", Harness.Start, [new FakeOrderLine("TEE")]));

        var order = await _h.Shop.Orders.GetOrderAsync("42");

        Assert.NotNull(order.DeliveryDueTime);
        Assert.Null(order.ToCoreOrder(_ => ProductKind.TShirt).Deadlines.DeliverBy);
    }

    [Fact]
    public void The_webhooks_CANCEL_is_the_orders_APIs_CANCELLED()
    {
        Assert.Equal(TikTokOrderStatus.Cancelled, TikTokOrderStatus.FromValue("CANCEL"));
        Assert.Equal(TikTokOrderStatus.Cancelled, TikTokOrderStatus.FromValue("CANCELLED"));
        Assert.Equal("ON_HOLD", TikTokOrderStatus.FromValue("ON_HOLD").Value);
    }
}
