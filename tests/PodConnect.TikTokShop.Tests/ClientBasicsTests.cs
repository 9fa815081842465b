using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PodConnect.Errors;
using PodConnect.TikTokShop.Auth;
using PodConnect.Testing.TikTokShop;

namespace PodConnect.TikTokShop.Tests;

public sealed class ClientBasicsTests : IDisposable
{
    private readonly Harness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Authorized_shops_call_is_signed_without_shop_cipher_and_accepted()
    {
        var shops = await _h.Client.GetAuthorizedShopsAsync(FakeTikTokShop.DefaultSellerId);

        var shop = Assert.Single(shops);
        Assert.Equal(FakeTikTokShop.DefaultShopCipher, shop.Cipher);
        Assert.Equal("GB", shop.Region);
        var request = Assert.Single(_h.RequestsTo("/authorization/202309/shops"));
        Assert.Equal(0, request.TikTokCode());
        Assert.Null(request.QueryValue("shop_cipher"));
        Assert.Equal(Harness.Start.ToUnixTimeSeconds().ToString(), request.QueryValue("timestamp"));
        Assert.Equal("application/json", request.ContentType);
    }

    [Fact]
    public async Task Shop_scoped_calls_carry_the_cipher_and_token_header_not_a_token_query()
    {
        var warehouses = await _h.Shop.Logistics.GetWarehousesAsync();

        Assert.Equal(FakeTikTokShop.DefaultWarehouseId, Assert.Single(warehouses).Id);
        var request = Assert.Single(_h.RequestsTo("/logistics/202309/warehouses"));
        Assert.Equal(FakeTikTokShop.DefaultShopCipher, request.QueryValue("shop_cipher"));
        Assert.Null(request.QueryValue("access_token"));
        Assert.Empty(request.Body);
    }

    [Fact]
    public async Task Shipping_providers_are_cached_per_delivery_option()
    {
        var first = await _h.Shop.Logistics.GetShippingProvidersAsync(FakeTikTokShop.DefaultDeliveryOptionId);
        var second = await _h.Shop.Logistics.GetShippingProvidersAsync(FakeTikTokShop.DefaultDeliveryOptionId);

        Assert.Contains(first, p => p.Name == "Royal Mail" && p.Id == FakeTikTokShop.RoyalMailProviderId);
        Assert.Same(first, second);
        Assert.Single(_h.RequestsTo($"/logistics/202309/delivery_options/{FakeTikTokShop.DefaultDeliveryOptionId}/shipping_providers"));

        _h.Time.Advance(TimeSpan.FromHours(13));
        await _h.Shop.Logistics.GetShippingProvidersAsync(FakeTikTokShop.DefaultDeliveryOptionId);
        Assert.Equal(2, _h.RequestsTo($"/logistics/202309/delivery_options/{FakeTikTokShop.DefaultDeliveryOptionId}/shipping_providers").Count());
    }

    [Fact]
    public async Task Delivery_options_of_a_warehouse()
    {
        var options = await _h.Shop.Logistics.GetDeliveryOptionsAsync(FakeTikTokShop.DefaultWarehouseId);
        Assert.Equal("SEND_BY_SELLER", Assert.Single(options).Type);
    }

    [Fact]
    public async Task Clock_skew_beyond_the_window_is_rejected_as_TikTok_does()
    {
        // The fake's clock runs 6 minutes ahead of the client's: the client's timestamp looks too old.
        var clientTime = new FakeTimeProvider(Harness.Start);
        using var fake = FakeTikTokShop.Start(new FakeTimeProvider(Harness.Start.AddMinutes(6)));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clientTime);
        services.AddPodConnect(b => b.AddTikTokShop(o => { o.AppKey = fake.AppKey; o.AppSecret = fake.AppSecret; o.ApiBaseUrl = fake.BaseAddress; o.AuthBaseUrl = fake.BaseAddress; }));
        using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<ITikTokShopTokenStore>().SaveAsync(fake.IssueToken().ToClientToken());
        var client = provider.GetRequiredService<TikTokShopClient>();

        var ex = await Assert.ThrowsAsync<AuthenticationException>(() => client.ForShop(_h.ShopRef).Logistics.GetWarehousesAsync());
        Assert.Equal("36009004", ex.ErrorCode);
        Assert.Contains("5 minutes", ex.Details.ServiceMessage, StringComparison.Ordinal);
    }
}
