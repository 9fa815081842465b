namespace PodConnect.TikTokShop.Inventory;

/// <summary>A product found by Search Products: its id, status and SKUs with their stock.</summary>
/// <param name="Id">TikTok's product id.</param>
/// <param name="Status">TikTok's product status, verbatim (<c>ACTIVATE</c>, <c>SELLER_DEACTIVATED</c>, <c>PENDING</c>…).</param>
/// <param name="Skus">Its SKUs.</param>
public sealed record TikTokProduct(string Id, string? Status, IReadOnlyList<TikTokProductSku> Skus)
{
    /// <summary>The status of a product buyers can see and whose stock can be updated.</summary>
    public const string ActiveStatus = "ACTIVATE";

    /// <summary>Whether buyers can see it.</summary>
    public bool IsActive => string.Equals(Status, ActiveStatus, StringComparison.Ordinal);
}

/// <summary>One SKU of a found product.</summary>
/// <param name="Id">TikTok's SKU id.</param>
/// <param name="SellerSku">The seller's SKU code.</param>
/// <param name="Inventory">Stock per warehouse.</param>
public sealed record TikTokProductSku(string Id, string? SellerSku, IReadOnlyList<TikTokWarehouseStock> Inventory);

internal sealed class ProductSearchBody
{
    public IReadOnlyList<string>? SellerSkus { get; init; }
}

internal sealed class ProductSearchData
{
    public IReadOnlyList<ProductData?>? Products { get; init; }

    public string? NextPageToken { get; init; }
}

internal sealed class ProductData
{
    public string? Id { get; init; }

    public string? Status { get; init; }

    public IReadOnlyList<ProductSkuData?>? Skus { get; init; }
}

internal sealed class ProductSkuData
{
    public string? Id { get; init; }

    public string? SellerSku { get; init; }

    public IReadOnlyList<StockBody?>? Inventory { get; init; }
}
