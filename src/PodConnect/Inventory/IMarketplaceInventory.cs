namespace PodConnect.Inventory;

/// <summary>
/// Optional for a marketplace (<see cref="Marketplaces.IMarketplace"/>): it can list the seller's listings
/// for catalogue SKUs and set their stock to absolute values. The inventory guard uses it to keep the
/// marketplace's stock honest; the marketplace package decides the mechanics (TikTok: Update Inventory,
/// and deactivating a product whose every SKU is out of stock).
/// </summary>
public interface IMarketplaceInventory
{
    /// <summary>
    /// The listings (products with their SKUs and current stock) of every served shop that sell any of
    /// <paramref name="skus"/>. Each listing lists all of its SKUs, catalogued or not.
    /// </summary>
    Task<IReadOnlyList<MarketplaceListing>> GetListingsAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets absolute stock for some SKUs of one listing, in one call where the marketplace allows
    /// (repeating it is harmless). <paramref name="listing"/> is the listing as last known, so the
    /// marketplace can tell when every SKU would be at zero. SKUs the marketplace refuses come back in
    /// the result, never swallowed.
    /// </summary>
    /// <exception cref="Errors.PodConnectException">The call failed as a whole; nothing is known to have changed.</exception>
    Task<ListingUpdateResult> SetQuantitiesAsync(MarketplaceListing listing, IReadOnlyList<ListingQuantity> quantities, CancellationToken cancellationToken = default);
}
