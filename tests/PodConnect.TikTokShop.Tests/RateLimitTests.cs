using PodConnect.Errors;
using PodConnect.Testing.TikTokShop;

namespace PodConnect.TikTokShop.Tests;

public sealed class RateLimitTests : IDisposable
{
    private const string OtherCipher = "GCP_second_shop_cipher";

    // One request per ~17 minutes per shop, no queue: the second immediate call of a shop is refused client-side.
    private readonly Harness _h = new(o => { o.Resilience.PermitsPerSecond = 0.001; o.Resilience.Burst = 1; o.Resilience.QueueLimit = 0; });

    public RateLimitTests() => _h.Fake.AddShop(FakeTikTokShop.DefaultSellerId, "7000714532876273421", OtherCipher, "Second shop", "IE");

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Each_shop_has_its_own_budget()
    {
        await _h.Shop.Logistics.GetWarehousesAsync();
        await _h.Client.ForShop(_h.ShopRef with { ShopCipher = OtherCipher }).Logistics.GetWarehousesAsync();

        var ex = await Assert.ThrowsAsync<RateLimitedException>(() => _h.Shop.Logistics.GetWarehousesAsync());

        Assert.Contains("client-side rate limit", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, _h.RequestsTo("/logistics/202309/warehouses").Count()); // the refused call never left the process
    }

    [Fact]
    public async Task Each_API_of_a_shop_has_its_own_budget_as_TikTok_limits_per_API()
    {
        await _h.Shop.Logistics.GetWarehousesAsync();
        await _h.Shop.Logistics.GetDeliveryOptionsAsync(FakeTikTokShop.DefaultWarehouseId);

        await Assert.ThrowsAsync<RateLimitedException>(() => _h.Shop.Logistics.GetWarehousesAsync());
        await Assert.ThrowsAsync<RateLimitedException>(() => _h.Shop.Logistics.GetDeliveryOptionsAsync(FakeTikTokShop.DefaultWarehouseId));
    }

    [Fact]
    public void The_default_budget_stays_within_TikToks_50_per_second_in_any_second()
    {
        var defaults = new TikTokShopClientOptions().Resilience;

        // A token bucket lets through at most burst + rate × 1 s in any one-second window.
        Assert.True(defaults.Burst + defaults.PermitsPerSecond <= 50, $"{defaults.Burst} + {defaults.PermitsPerSecond}");
        Assert.True(defaults.PermitsPerSecond >= 40, "the budget should use most of TikTok's 50 per second");
    }
}
