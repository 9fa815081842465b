namespace PodConnect.TikTokShop.Inventory;

/// <summary>Absolute stock of one SKU: every warehouse of the SKU must be listed (TikTok rejects partial lists).</summary>
/// <param name="SkuId">TikTok's SKU id.</param>
/// <param name="Warehouses">Quantity per warehouse.</param>
public sealed record TikTokSkuStock(string SkuId, IReadOnlyList<TikTokWarehouseStock> Warehouses);

/// <summary>Stock in one warehouse.</summary>
/// <param name="WarehouseId">The warehouse (may be null only when the SKU has one warehouse).</param>
/// <param name="Quantity">Units that can ship now (TikTok documents 1–99,999; whether 0 is accepted is unconfirmed).</param>
public sealed record TikTokWarehouseStock(string? WarehouseId, int Quantity)
{
    /// <summary>The largest quantity TikTok accepts.</summary>
    public const int MaxQuantity = 99_999;
}

/// <summary>The outcome of an inventory update: TikTok answers <c>code 0</c> and lists per-SKU failures.</summary>
/// <param name="Errors">One entry per SKU TikTok refused; empty when every SKU was updated.</param>
public sealed record TikTokInventoryUpdateResult(IReadOnlyList<TikTokSkuError> Errors)
{
    /// <summary>Whether every SKU was updated.</summary>
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>Why TikTok refused one SKU.</summary>
/// <param name="SkuId">The SKU.</param>
/// <param name="Code">TikTok's error code.</param>
/// <param name="Message">TikTok's message.</param>
/// <param name="WarehouseErrors">Per-warehouse detail.</param>
public sealed record TikTokSkuError(string? SkuId, int Code, string? Message, IReadOnlyList<TikTokWarehouseError> WarehouseErrors);

/// <summary>Why TikTok refused one warehouse of a SKU.</summary>
/// <param name="WarehouseId">The warehouse.</param>
/// <param name="Code">TikTok's error code.</param>
/// <param name="Message">TikTok's message.</param>
public sealed record TikTokWarehouseError(string? WarehouseId, int Code, string? Message);

/// <summary>Stock of a product's SKUs (Inventory Search).</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Skus">Its SKUs.</param>
public sealed record TikTokProductInventory(string ProductId, IReadOnlyList<TikTokSkuInventory> Skus);

/// <summary>Stock of one SKU.</summary>
/// <param name="Id">SKU id.</param>
/// <param name="SellerSku">The seller's SKU code.</param>
/// <param name="TotalAvailableQuantity">Units available to order across warehouses.</param>
/// <param name="TotalCommittedQuantity">Units reserved by orders.</param>
/// <param name="WarehouseInventory">Per warehouse.</param>
public sealed record TikTokSkuInventory(string Id, string? SellerSku, int TotalAvailableQuantity, int TotalCommittedQuantity, IReadOnlyList<TikTokWarehouseInventory>? WarehouseInventory);

/// <summary>Stock of a SKU in one warehouse.</summary>
/// <param name="WarehouseId">The warehouse.</param>
/// <param name="AvailableQuantity">Units available.</param>
/// <param name="CommittedQuantity">Units reserved.</param>
public sealed record TikTokWarehouseInventory(string WarehouseId, int AvailableQuantity, int CommittedQuantity);

internal sealed class UpdateInventoryBody
{
    public IReadOnlyList<SkuBody>? Skus { get; init; }
}

internal sealed class SkuBody
{
    public string? Id { get; init; }

    public IReadOnlyList<StockBody>? Inventory { get; init; }
}

internal sealed class StockBody
{
    public string? WarehouseId { get; init; }

    public int Quantity { get; init; }
}

internal sealed class UpdateInventoryData
{
    public IReadOnlyList<InventoryErrorData>? Errors { get; init; }
}

internal sealed class InventoryErrorData
{
    public int Code { get; init; }

    public string? Message { get; init; }

    public InventoryErrorDetail? Detail { get; init; }
}

internal sealed class InventoryErrorDetail
{
    public string? SkuId { get; init; }

    public IReadOnlyList<WarehouseErrorData>? ExtraErrors { get; init; }
}

internal sealed class WarehouseErrorData
{
    public string? WarehouseId { get; init; }

    public int Code { get; init; }

    public string? Message { get; init; }
}

internal sealed class InventorySearchBody
{
    public IReadOnlyList<string>? ProductIds { get; init; }

    public IReadOnlyList<string>? SkuIds { get; init; }
}

internal sealed class InventorySearchData
{
    public IReadOnlyList<TikTokProductInventory>? Inventory { get; init; }
}

/// <summary>The outcome of activating or deactivating products: TikTok answers <c>code 0</c> and lists the products it refused.</summary>
/// <param name="Errors">One entry per refused product; empty when all changed.</param>
public sealed record TikTokProductStatusResult(IReadOnlyList<TikTokProductError> Errors)
{
    /// <summary>Whether every product changed status.</summary>
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>Why TikTok refused one product.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Code">TikTok's code, e.g. <c>12052901</c> (not available in its current status).</param>
/// <param name="Message">TikTok's message.</param>
public sealed record TikTokProductError(string? ProductId, int Code, string? Message);

internal sealed class ProductIdsBody
{
    public IReadOnlyList<string>? ProductIds { get; init; }
}

internal sealed class ProductStatusData
{
    public IReadOnlyList<ProductErrorData>? Errors { get; init; }
}

internal sealed class ProductErrorData
{
    public int Code { get; init; }

    public string? Message { get; init; }

    public ProductErrorDetail? Detail { get; init; }
}

internal sealed class ProductErrorDetail
{
    public string? ProductId { get; init; }
}
