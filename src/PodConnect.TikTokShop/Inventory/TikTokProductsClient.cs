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

    /// <summary>TikTok's maximum product ids per Activate or Deactivate Products call.</summary>
    public const int MaxProductIdsPerStatusCall = 20;

    /// <summary>
    /// Sets absolute stock for SKUs of one <c>ACTIVATE</c> product (every warehouse of each SKU must be
    /// listed). TikTok documents quantities of 1 to 99,999; whether it accepts 0 is not documented, so 0
    /// is sent as given and a refusal comes back as a SKU error. The documented way to stop selling is
    /// <see cref="DeactivateProductsAsync"/>. TikTok answers <c>code 0</c> even when some SKUs fail:
    /// those come back in <see cref="TikTokInventoryUpdateResult.Errors"/>, never swallowed. Retried on
    /// transient failures (an absolute set is idempotent).
    /// </summary>
    public virtual async Task<TikTokInventoryUpdateResult> UpdateInventoryAsync(string productId, IReadOnlyList<TikTokSkuStock> skus, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(productId);
        ArgumentNullException.ThrowIfNull(skus);
        if (skus.Count == 0)
        {
            throw new ArgumentException("At least one SKU is needed.", nameof(skus));
        }

        foreach (var sku in skus)
        {
            ArgumentNullException.ThrowIfNull(sku, nameof(skus));
            ArgumentException.ThrowIfNullOrEmpty(sku.SkuId, nameof(skus));
            if (sku.Warehouses is not { Count: > 0 } || sku.Warehouses.Any(w => w is null || w.Quantity is < 0 or > TikTokWarehouseStock.MaxQuantity))
            {
                throw new ArgumentOutOfRangeException(nameof(skus), $"SKU {sku.SkuId} needs its warehouses, each with a quantity of 0 to 99,999.");
            }
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

    /// <summary>TikTok's maximum seller SKUs per Search Products filter (error <c>12019027</c> beyond it).</summary>
    public const int MaxSellerSkusPerSearch = 10;

    /// <summary>
    /// The products that have a SKU with one of these seller SKU codes, each with all of its SKUs and their
    /// stock per warehouse (<c>POST /product/{v}/products/search</c>, version
    /// <see cref="TikTokShopApiVersions.SearchProducts"/>; sent 10 codes per filter, 100 products per page).
    /// Products or SKUs without an id are left out.
    /// </summary>
    public virtual async Task<IReadOnlyList<TikTokProduct>> SearchProductsBySellerSkuAsync(IReadOnlyCollection<string> sellerSkus, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sellerSkus);
        var found = new Dictionary<string, TikTokProduct>(StringComparer.Ordinal);
        foreach (var chunk in sellerSkus.Where(s => !string.IsNullOrEmpty(s)).Distinct(StringComparer.Ordinal).Chunk(MaxSellerSkusPerSearch))
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(new ProductSearchBody { SellerSkus = chunk }, TikTokShopJsonContext.Default.ProductSearchBody);
            string? token = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            do
            {
                var query = new List<KeyValuePair<string, string?>> { new("page_size", "100"), new("page_token", token) };
                var data = await _api.SendAsync(TikTokEndpoints.SearchProducts, _api.Versions.SearchProducts, null, _shop, query, body,
                    TikTokShopJsonContext.Default.TikTokEnvelopeProductSearchData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
                foreach (var product in ToProducts(data))
                {
                    found[product.Id] = product;
                }

                token = data.NextPageToken;
                if (!string.IsNullOrEmpty(token) && !seen.Add(token))
                {
                    throw _api.Transport.Funnel.Malformed(null, "next_page_token repeats a token already followed; paging would never end", null);
                }
            }
            while (!string.IsNullOrEmpty(token));
        }

        return [.. found.Values];
    }

    /// <summary>A page of Search Products as products; products and SKUs without an id are left out, negative stock reads as 0.</summary>
    internal static IEnumerable<TikTokProduct> ToProducts(ProductSearchData data)
    {
        foreach (var product in data.Products ?? [])
        {
            if (product?.Id is { Length: > 0 } id)
            {
                yield return new TikTokProduct(id, product.Status, [.. (product.Skus ?? []).OfType<ProductSkuData>().Where(k => k.Id is { Length: > 0 }).Select(k =>
                    new TikTokProductSku(k.Id!, k.SellerSku, [.. (k.Inventory ?? []).OfType<StockBody>().Select(w => new TikTokWarehouseStock(w.WarehouseId, Math.Clamp(w.Quantity, 0, TikTokWarehouseStock.MaxQuantity)))]))]);
            }
        }
    }

    /// <summary>
    /// Hides <c>ACTIVATE</c> products from buyers (status <c>SELLER_DEACTIVATED</c>): TikTok's documented
    /// way to stop selling a product that is out of stock (<c>POST /product/{v}/products/deactivate</c>,
    /// at most 20 per call; sent in chunks). Products TikTok refuses come back in the result.
    /// Idempotent in effect, so retried.
    /// </summary>
    public virtual Task<TikTokProductStatusResult> DeactivateProductsAsync(IReadOnlyList<string> productIds, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(TikTokEndpoints.DeactivateProducts, productIds, cancellationToken);

    /// <summary>
    /// Shows deactivated products again (<c>POST /product/{v}/products/activate</c>, at most 20 per call).
    /// TikTok audits them first: their status is <c>PENDING</c> until the audit passes (watch the
    /// product status webhook). Products TikTok refuses come back in the result.
    /// </summary>
    public virtual Task<TikTokProductStatusResult> ActivateProductsAsync(IReadOnlyList<string> productIds, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(TikTokEndpoints.ActivateProducts, productIds, cancellationToken);

    private async Task<TikTokProductStatusResult> ChangeStatusAsync(TikTokEndpoint endpoint, IReadOnlyList<string> productIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(productIds);
        if (productIds.Count == 0 || productIds.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("Give at least one product id, none empty.", nameof(productIds));
        }

        var errors = new List<TikTokProductError>();
        foreach (var chunk in productIds.Distinct(StringComparer.Ordinal).Chunk(MaxProductIdsPerStatusCall))
        {
            var body = new ProductIdsBody { ProductIds = chunk };
            var data = await _api.SendAsync(endpoint, _api.Versions.ProductStatus, null, _shop, null,
                JsonSerializer.SerializeToUtf8Bytes(body, TikTokShopJsonContext.Default.ProductIdsBody),
                TikTokShopJsonContext.Default.TikTokEnvelopeProductStatusData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
            errors.AddRange((data.Errors ?? []).OfType<ProductErrorData>().Select(e => new TikTokProductError(e.Detail?.ProductId, e.Code, e.Message)));
        }

        return new TikTokProductStatusResult(errors);
    }
}
