using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Inventory;

namespace PodConnect.TikTokShop.Tests;

/// <summary>
/// Stopping sales of a SKU: TikTok documents stock of 1 to 99,999 and Deactivate Products to hide a
/// product; whether a quantity of 0 is accepted is undocumented, so both answers are modelled.
/// </summary>
public sealed class ZeroStockTests : IDisposable
{
    private const string Product = "1729582718312380123";
    private readonly Harness _h = new();

    public ZeroStockTests() =>
        _h.Fake.SetInventory(FakeTikTokShop.DefaultShopCipher, Product, "sku-1", "TEE-BLK-M", new Dictionary<string, int> { [FakeTikTokShop.DefaultWarehouseId] = 5 });

    public void Dispose() => _h.Dispose();

    private Task<TikTokInventoryUpdateResult> SetStock(int quantity) =>
        _h.Shop.Products.UpdateInventoryAsync(Product, [new TikTokSkuStock("sku-1", [new(FakeTikTokShop.DefaultWarehouseId, quantity)])]);

    [Fact]
    public async Task Zero_outside_the_documented_range_comes_back_as_a_sku_error()
    {
        var result = await SetStock(0);

        var error = Assert.Single(result.Errors);
        Assert.Equal(12019024, Assert.Single(error.WarehouseErrors).Code);
        Assert.Equal(5, _h.Fake.GetInventory(FakeTikTokShop.DefaultShopCipher, Product, "sku-1", FakeTikTokShop.DefaultWarehouseId));
    }

    [Fact]
    public async Task Where_TikTok_accepts_zero_it_is_sent_as_given()
    {
        _h.Fake.AcceptsZeroInventory = true;

        Assert.True((await SetStock(0)).Succeeded);
        Assert.Equal(0, _h.Fake.GetInventory(FakeTikTokShop.DefaultShopCipher, Product, "sku-1", FakeTikTokShop.DefaultWarehouseId));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100_000)]
    public async Task Quantities_no_reading_allows_are_refused_client_side(int quantity)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => SetStock(quantity));
        Assert.Empty(_h.Fake.Requests);
    }

    [Fact]
    public async Task Deactivating_hides_the_product_and_blocks_stock_updates_until_activated()
    {
        var off = await _h.Shop.Products.DeactivateProductsAsync([Product]);

        Assert.True(off.Succeeded);
        Assert.Equal("SELLER_DEACTIVATED", _h.Fake.GetProductStatus(FakeTikTokShop.DefaultShopCipher, Product));
        var blocked = await Assert.ThrowsAsync<PodConnect.Errors.ConflictException>(() => SetStock(3));
        Assert.Equal("12052901", blocked.ErrorCode);

        Assert.True((await _h.Shop.Products.ActivateProductsAsync([Product])).Succeeded);
        Assert.True((await SetStock(3)).Succeeded);
        Assert.Equal("ACTIVATE", _h.Fake.GetProductStatus(FakeTikTokShop.DefaultShopCipher, Product));
    }

    [Fact]
    public async Task Refused_products_are_listed_and_large_lists_are_sent_in_twenties()
    {
        var ids = Enumerable.Range(0, 45).Select(i => "missing-" + i).Append(Product).ToList();

        var result = await _h.Shop.Products.DeactivateProductsAsync(ids);

        Assert.Equal(45, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal(12052032, e.Code));
        Assert.Equal(3, _h.RequestsTo("/product/202309/products/deactivate").Count());
        Assert.Equal("SELLER_DEACTIVATED", _h.Fake.GetProductStatus(FakeTikTokShop.DefaultShopCipher, Product));
    }
}
