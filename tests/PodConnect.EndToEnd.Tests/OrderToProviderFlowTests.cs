using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PodConnect.Domain;
using PodConnect.Providers;
using PodConnect.Routing;
using PodConnect.Testing.Gelato;
using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop;
using PodConnect.TikTokShop.Auth;
using PodConnect.TikTokShop.Orders;

namespace PodConnect.EndToEnd.Tests;

/// <summary>
/// The way an order travels, on the fakes: TikTok order → Core order → routing decision → placement
/// at the chosen provider, placed twice to prove the provider ends up with exactly one order.
/// </summary>
public sealed class OrderToProviderFlowTests : IDisposable
{
    private static readonly DateTimeOffset OrderedAt = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero); // a Tuesday
    private static readonly DateTimeOffset Deadline = new(2026, 11, 26, 23, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(OrderedAt.AddMinutes(65)); // TikTok releases orders about an hour after purchase
    private readonly FakeTikTokShop _tikTok;
    private readonly FakeGelato _gelato = FakeGelato.Start();
    private readonly ServiceProvider _services;

    public OrderToProviderFlowTests()
    {
        _tikTok = FakeTikTokShop.Start(_time);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddPodConnect(b => b
            .AddTikTokShop(o =>
            {
                o.AppKey = _tikTok.AppKey;
                o.AppSecret = _tikTok.AppSecret;
                o.ApiBaseUrl = _tikTok.BaseAddress;
                o.AuthBaseUrl = _tikTok.BaseAddress;
                o.Resilience.PermitsPerSecond = 0;
            })
            .AddGelato(o =>
            {
                o.ApiKey = FakeGelato.DefaultApiKey;
                o.BaseAddress = _gelato.BaseAddress;
                o.ShipmentBaseAddress = _gelato.BaseAddress;
                o.ProductBaseAddress = _gelato.BaseAddress;
            }));
        _services = services.BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        _tikTok.Dispose();
        _gelato.Dispose();
    }

    [Fact]
    public async Task A_TikTok_order_is_routed_locally_and_placed_once_at_the_chosen_provider()
    {
        const string orderId = "577123456789012345";
        _tikTok.SeedOrders(FakeTikTokShop.DefaultShopCipher, FakeTikTokOrders.Create(
            orderId, OrderedAt, [new FakeOrderLine("TEE-BLK-M", Quantity: 2)], rtsSlaTime: Deadline));
        await _services.GetRequiredService<ITikTokShopTokenStore>().SaveAsync(_tikTok.IssueToken().ToClientToken());
        var shop = new TikTokShopRef(FakeTikTokShop.DefaultSellerId, FakeTikTokShop.DefaultShopCipher);

        // 1. The marketplace order, normalized.
        var tikTokOrder = await _services.GetRequiredService<TikTokShopClient>().ForShop(shop).Orders.GetOrderAsync(orderId);
        var order = tikTokOrder.ToCoreOrder(_ => ProductKind.TShirt);
        Assert.Equal(Deadline, order.Deadlines.ReadyToShipBy);
        Assert.Equal(SubdivisionCode.Parse("GB-SCT"), order.Destination.Subdivision);
        Assert.Equal(2, order.TotalUnits);

        // 2. Routed on the built-in network, restricted to the providers this shop has contracts with.
        var router = new Router(
            FacilityNetwork.BuiltInEurope.Compile(),
            RoutingPolicy.Create().AllowProviders("gelato").PreferLocal().ThenBy(RoutingCriterion.Cost).Build());
        var decision = router.Route(order, _time.GetUtcNow());
        Assert.Equal(RoutingOutcome.OnTime, decision.Outcome);
        Assert.Equal("gelato", decision.Provider);
        Assert.Equal(CountryCode.GB, decision.ProductionCountry);
        Assert.True(decision.IsLocal);
        Assert.Equal(Deadline, decision.Deadline); // TikTok's rts_sla_time, not the market rule
        Assert.True(decision.PredictedDispatch <= Deadline);

        // 3. Placed at the chosen provider, keyed by the TikTok order id; a replay finds the same order.
        var provider = _services.GetRequiredKeyedService<IPodProvider>(decision.Provider);
        var request = PodOrderRequest.FromOrder(order, item => new PodOrderLine(
            $"{order.Id}-{item.Sku}",
            "apparel_product_gca_t-shirt_gsc_crewneck_gcu_unisex_gqa_classic_gsi_m_gco_black_gpr_4-0",
            item.Quantity,
            [new PodPrintFile("default", new Uri("https://files.example/tee-front.png"))]) { Sku = item.Sku }) with { Currency = "GBP" };
        var first = await provider.PlaceOrderAsync(request);
        var replay = await provider.PlaceOrderAsync(request);

        Assert.False(first.AlreadyExisted);
        Assert.True(replay.AlreadyExisted);
        Assert.Equal(first.Order.ProviderOrderId, replay.Order.ProviderOrderId);
        Assert.Equal(orderId, first.Order.ExternalId);
        var atGelato = Assert.Single(_gelato.OrdersWithReference(orderId));
        Assert.Equal(first.Order.ProviderOrderId, atGelato.Id);
        Assert.Equal(1, _gelato.CreateCalls);
    }
}
