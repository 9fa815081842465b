using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Inventory;

namespace PodConnect.TikTokShop.Tests;

public sealed class InventoryTests : IDisposable
{
    private const string Product = "1729582718312380123";
    private const string Other = "7068517275539719943";
    private readonly Harness _h = new();

    public InventoryTests()
    {
        _h.Fake.SetInventory(FakeTikTokShop.DefaultShopCipher, Product, "sku-1", "TEE-BLK-M",
            new Dictionary<string, int> { [FakeTikTokShop.DefaultWarehouseId] = 5, [Other] = 7 });
        _h.Fake.SetInventory(FakeTikTokShop.DefaultShopCipher, Product, "sku-2", "TEE-BLK-L",
            new Dictionary<string, int> { [FakeTikTokShop.DefaultWarehouseId] = 1 });
    }

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Absolute_stock_is_set_in_every_warehouse_of_each_sku()
    {
        var result = await _h.Shop.Products.UpdateInventoryAsync(Product,
        [
            new TikTokSkuStock("sku-1", [new(FakeTikTokShop.DefaultWarehouseId, 40), new(Other, 2)]),
            new TikTokSkuStock("sku-2", [new(FakeTikTokShop.DefaultWarehouseId, 9)]),
        ]);

        Assert.True(result.Succeeded);
        Assert.Equal(40, _h.Fake.GetInventory(FakeTikTokShop.DefaultShopCipher, Product, "sku-1", FakeTikTokShop.DefaultWarehouseId));
        Assert.Equal(2, _h.Fake.GetInventory(FakeTikTokShop.DefaultShopCipher, Product, "sku-1", Other));
        Assert.Equal(9, _h.Fake.GetInventory(FakeTikTokShop.DefaultShopCipher, Product, "sku-2", FakeTikTokShop.DefaultWarehouseId));
    }

    [Fact]
    public async Task Per_sku_errors_inside_code_zero_are_surfaced_not_swallowed()
    {
        var result = await _h.Shop.Products.UpdateInventoryAsync(Product,
        [
            new TikTokSkuStock("sku-1", [new(FakeTikTokShop.DefaultWarehouseId, 40)]), // missing a warehouse
            new TikTokSkuStock("sku-2", [new("no-such-warehouse", 3)]),
        ]);

        Assert.False(result.Succeeded);
        Assert.Equal(2, result.Errors.Count);
        var missing = Assert.Single(result.Errors, e => e.SkuId == "sku-1");
        Assert.Equal(12019028, missing.Code);
        var unknown = Assert.Single(result.Errors, e => e.SkuId == "sku-2");
        Assert.Equal(12052990, unknown.Code);
        var warehouse = Assert.Single(unknown.WarehouseErrors);
        Assert.Equal(("no-such-warehouse", 12052097), (warehouse.WarehouseId, warehouse.Code));
        Assert.Equal(5, _h.Fake.GetInventory(FakeTikTokShop.DefaultShopCipher, Product, "sku-1", FakeTikTokShop.DefaultWarehouseId)); // untouched
    }

    [Fact]
    public async Task Inventory_update_is_retried_because_an_absolute_set_is_idempotent()
    {
        _h.Fake.Faults.Add(Testing.Common.Fault.ServerError(500), $"/product/202309/products/{Product}/inventory/update");

        var result = await _h.Pump(_h.Shop.Products.UpdateInventoryAsync(Product, [new TikTokSkuStock("sku-2", [new(FakeTikTokShop.DefaultWarehouseId, 3)])]));

        Assert.True(result.Succeeded);
        Assert.Equal(2, _h.RequestsTo($"/product/202309/products/{Product}/inventory/update").Count());
    }

    [Fact]
    public async Task Search_by_sku_or_product()
    {
        var bySku = await _h.Shop.Products.SearchInventoryAsync(skuIds: ["sku-1"]);
        var sku = Assert.Single(Assert.Single(bySku).Skus);
        Assert.Equal(("sku-1", "TEE-BLK-M", 12), (sku.Id, sku.SellerSku, sku.TotalAvailableQuantity));
        Assert.Equal(2, sku.WarehouseInventory!.Count);

        var byProduct = await _h.Shop.Products.SearchInventoryAsync(productIds: [Product]);
        Assert.Equal(2, Assert.Single(byProduct).Skus.Count);
    }

    [Fact]
    public async Task Client_side_limits_are_checked_before_calling()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _h.Shop.Products.SearchInventoryAsync());
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _h.Shop.Products.SearchInventoryAsync(productIds: Enumerable.Range(0, 101).Select(i => i.ToString()).ToList()));
        await Assert.ThrowsAsync<ArgumentException>(() => _h.Shop.Products.UpdateInventoryAsync(Product, []));
        Assert.Empty(_h.Fake.Requests);
    }
}
