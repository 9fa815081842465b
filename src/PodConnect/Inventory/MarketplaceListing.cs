using PodConnect.Domain;

namespace PodConnect.Inventory;

/// <summary>A product listed on the marketplace with its SKUs: the unit the marketplace updates stock by.</summary>
/// <param name="ShopId">The shop that lists it.</param>
/// <param name="ProductId">The marketplace's product id.</param>
/// <param name="Market">The shop's market, when the marketplace says (the dispatch rule of its orders).</param>
/// <param name="Active">Whether buyers can see it (TikTok: <c>ACTIVATE</c>); a product hidden for a stock-out is not.</param>
/// <param name="Skus">Every SKU of the product.</param>
public sealed record MarketplaceListing(string ShopId, string ProductId, CountryCode? Market, bool Active, IReadOnlyList<ListingSku> Skus);

/// <summary>One SKU of a listing.</summary>
/// <param name="SkuId">The marketplace's SKU id.</param>
/// <param name="Sku">The seller's SKU code (the catalogue key); empty when the seller set none.</param>
/// <param name="Quantity">Units the marketplace can sell now, across its warehouses.</param>
public sealed record ListingSku(string SkuId, string Sku, int Quantity);

/// <summary>An absolute stock to set for one SKU of a listing.</summary>
/// <param name="SkuId">The marketplace's SKU id.</param>
/// <param name="Quantity">Units buyers may order; 0 stops selling it.</param>
public readonly record struct ListingQuantity(string SkuId, int Quantity);

/// <summary>The outcome of <see cref="IMarketplaceInventory.SetQuantitiesAsync"/>.</summary>
/// <param name="Refused">The SKUs the marketplace refused, with its reason; empty when all were set.</param>
/// <param name="Active">Whether the listing is visible to buyers after the call.</param>
public sealed record ListingUpdateResult(IReadOnlyList<ListingRefusal> Refused, bool Active);

/// <summary>A SKU whose stock the marketplace refused to set.</summary>
/// <param name="SkuId">The SKU (null when the marketplace did not say which).</param>
/// <param name="Code">The marketplace's error code.</param>
/// <param name="Message">The marketplace's message.</param>
public sealed record ListingRefusal(string? SkuId, string Code, string? Message);

/// <summary>A marketplace webhook about stock (TikTok's inventory status change, type 27): read the listing again.</summary>
/// <param name="ShopId">The shop.</param>
/// <param name="ProductId">The product.</param>
/// <param name="SkuId">The SKU, when the event names one.</param>
public sealed record ListingRef(string ShopId, string ProductId, string? SkuId);
