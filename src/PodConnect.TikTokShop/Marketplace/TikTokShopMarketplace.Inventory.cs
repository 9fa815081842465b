using System.Collections.Concurrent;
using System.Globalization;
using PodConnect.Inventory;
using PodConnect.TikTokShop.Inventory;

namespace PodConnect.TikTokShop.Marketplace;

/// <summary>
/// TikTok Shop as the inventory guard's marketplace: listings found by seller SKU (Search Products), stock
/// set with Update Inventory (absolute, every warehouse of a SKU listed: all units in its first warehouse,
/// 0 in the others), and a product whose every SKU would be at zero deactivated instead — TikTok's
/// documented way to stop selling, since Update Inventory documents quantities of 1 to 99,999 only. A zero
/// for one SKU while others still sell is sent as 0; whether TikTok accepts it is UNCONFIRMED, and a
/// refusal comes back in the result. A product shown again is activated first (TikTok may audit it).
/// </summary>
public partial class TikTokShopMarketplace
{
    private readonly ConcurrentDictionary<(string Shop, string Sku), string?[]> _warehouses = new();

    /// <inheritdoc />
    public async Task<IReadOnlyList<MarketplaceListing>> GetListingsAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(skus);
        var listings = new List<MarketplaceListing>();
        foreach (var shop in await _shops.GetShopsAsync(cancellationToken).ConfigureAwait(false))
        {
            var products = await _client.ForShop(shop.Shop).Products.SearchProductsBySellerSkuAsync(skus, cancellationToken).ConfigureAwait(false);
            foreach (var product in products)
            {
                foreach (var sku in product.Skus)
                {
                    _warehouses[(shop.ShopId, sku.Id)] = [.. sku.Inventory.Select(w => w.WarehouseId)];
                }

                listings.Add(new MarketplaceListing(shop.ShopId, product.Id, shop.Market, product.IsActive,
                    [.. product.Skus.Select(k => new ListingSku(k.Id, k.SellerSku ?? string.Empty, k.Inventory.Sum(w => w.Quantity)))]));
            }
        }

        return listings;
    }

    /// <inheritdoc />
    public async Task<ListingUpdateResult> SetQuantitiesAsync(MarketplaceListing listing, IReadOnlyList<ListingQuantity> quantities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(quantities);
        var shop = await ShopAsync(listing.ShopId, cancellationToken).ConfigureAwait(false);
        var products = _client.ForShop(shop.Shop).Products;
        var after = listing.Skus.ToDictionary(s => s.SkuId, s => s.Quantity, StringComparer.Ordinal);
        foreach (var quantity in quantities)
        {
            after[quantity.SkuId] = quantity.Quantity;
        }

        if (after.Values.All(q => q == 0))
        {
            if (!listing.Active)
            {
                return new ListingUpdateResult([], Active: false);
            }

            var hidden = await products.DeactivateProductsAsync([listing.ProductId], cancellationToken).ConfigureAwait(false);
            return hidden.Succeeded
                ? new ListingUpdateResult([], Active: false)
                : new ListingUpdateResult(Refusals(quantities, hidden.Errors[0].Code, hidden.Errors[0].Message), Active: true);
        }

        if (!listing.Active)
        {
            var shown = await products.ActivateProductsAsync([listing.ProductId], cancellationToken).ConfigureAwait(false);
            if (!shown.Succeeded)
            {
                return new ListingUpdateResult(Refusals(quantities, shown.Errors[0].Code, shown.Errors[0].Message), Active: false);
            }
        }

        var stock = new List<TikTokSkuStock>(quantities.Count);
        foreach (var quantity in quantities)
        {
            var warehouses = await WarehousesAsync(listing.ShopId, products, quantity.SkuId, cancellationToken).ConfigureAwait(false);
            stock.Add(new TikTokSkuStock(quantity.SkuId, [.. warehouses.Select((w, i) => new TikTokWarehouseStock(w, i == 0 ? Math.Min(quantity.Quantity, TikTokWarehouseStock.MaxQuantity) : 0))]));
        }

        var result = await products.UpdateInventoryAsync(listing.ProductId, stock, cancellationToken).ConfigureAwait(false);
        return new ListingUpdateResult(
            [.. result.Errors.Select(e => new ListingRefusal(e.SkuId, e.Code.ToString(CultureInfo.InvariantCulture), e.Message))],
            Active: true);
    }

    private static ListingRefusal[] Refusals(IReadOnlyList<ListingQuantity> quantities, int code, string? message) =>
        [.. quantities.Select(q => new ListingRefusal(q.SkuId, code.ToString(CultureInfo.InvariantCulture), message))];

    private async Task<string?[]> WarehousesAsync(string shopId, TikTokProductsClient products, string skuId, CancellationToken cancellationToken)
    {
        if (_warehouses.TryGetValue((shopId, skuId), out var known) && known.Length > 0)
        {
            return known;
        }

        // Not seen by a listing read (another instance read it): Inventory Search names the SKU's warehouses.
        var found = await products.SearchInventoryAsync(skuIds: [skuId], cancellationToken: cancellationToken).ConfigureAwait(false);
        string?[] warehouses = [.. found.SelectMany(p => p.Skus).Where(s => s.Id == skuId).SelectMany(s => s.WarehouseInventory ?? []).Select(w => w.WarehouseId)];
        if (warehouses.Length == 0)
        {
            warehouses = [null]; // A SKU with one warehouse may leave it out.
        }

        _warehouses[(shopId, skuId)] = warehouses;
        return warehouses;
    }
}
