using System.Text.Json;
using PodConnect.TikTokShop.Internal;

namespace PodConnect.TikTokShop.Inventory;

/// <summary>Inventory and product status of one shop (from <see cref="TikTokSellerShopClient.Products"/>).</summary>
public class TikTokProductsClient
{
    private readonly TikTokApi _api;
    private readonly TikTokShopRef _shop;

    /// <summary>For mocking.</summary>
    protected TikTokProductsClient()
    {
        _api = null!;
        _shop = null!;
    }

    internal TikTokProductsClient(TikTokApi api, TikTokShopRef shop)
    {
        _api = api;
        _shop = shop;
    }

    /// <summary>
    /// Sets absolute stock for SKUs of one product (every warehouse of each SKU must be listed).
    /// TikTok answers <c>code 0</c> even when some SKUs fail: those come back in
    /// <see cref="TikTokInventoryUpdateResult.Errors"/>, never swallowed. Retried on transient failures
    /// (an absolute set is idempotent).
    /// </summary>
    public virtual async Task<TikTokInventoryUpdateResult> UpdateInventoryAsync(string productId, IReadOnlyList<TikTokSkuStock> skus, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(productId);
        ArgumentNullException.ThrowIfNull(skus);
        if (skus.Count == 0)
        {
            throw new ArgumentException("At least one SKU is needed.", nameof(skus));
        }

        var body = new UpdateInventoryBody
        {
            Skus = skus.Select(s => new SkuBody
            {
                Id = s.SkuId,
                Inventory = s.Warehouses.Select(w => new StockBody { WarehouseId = w.WarehouseId, Quantity = w.Quantity }).ToList(),
            }).ToList(),
        };
        var data = await _api.SendAsync(TikTokEndpoints.UpdateInventory, _api.Versions.UpdateInventory, productId, _shop, null,
            JsonSerializer.SerializeToUtf8Bytes(body, TikTokShopJsonContext.Default.UpdateInventoryBody),
            TikTokShopJsonContext.Default.TikTokEnvelopeUpdateInventoryData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
        var errors = (data.Errors ?? []).OfType<InventoryErrorData>().Select(e => new TikTokSkuError(
            e.Detail?.SkuId,
            e.Code,
            e.Message,
            (e.Detail?.ExtraErrors ?? []).OfType<WarehouseErrorData>().Select(x => new TikTokWarehouseError(x.WarehouseId, x.Code, x.Message)).ToList())).ToList();
        return new TikTokInventoryUpdateResult(errors);
    }

    /// <summary>Stock by product ids (max 100) or SKU ids (max 600; wins when both are given).</summary>
    public virtual async Task<IReadOnlyList<TikTokProductInventory>> SearchInventoryAsync(
        IReadOnlyList<string>? productIds = null,
        IReadOnlyList<string>? skuIds = null,
        CancellationToken cancellationToken = default)
    {
        if ((productIds is null || productIds.Count == 0) && (skuIds is null || skuIds.Count == 0))
        {
            throw new ArgumentException("Give product ids or SKU ids.", nameof(productIds));
        }

        if (productIds?.Count > 100 || skuIds?.Count > 600)
        {
            throw new ArgumentOutOfRangeException(nameof(productIds), "TikTok accepts at most 100 product ids or 600 SKU ids.");
        }

        var body = new InventorySearchBody { ProductIds = productIds is { Count: > 0 } ? productIds : null, SkuIds = skuIds is { Count: > 0 } ? skuIds : null };
        var data = await _api.SendAsync(TikTokEndpoints.InventorySearch, _api.Versions.InventorySearch, null, _shop, null,
            JsonSerializer.SerializeToUtf8Bytes(body, TikTokShopJsonContext.Default.InventorySearchBody),
            TikTokShopJsonContext.Default.TikTokEnvelopeInventorySearchData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
        return data.Inventory ?? [];
    }
}
