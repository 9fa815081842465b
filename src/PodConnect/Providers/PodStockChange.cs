namespace PodConnect.Providers;

/// <summary>A provider's stock of one of its products, as a stock webhook or stock API reports it.</summary>
/// <param name="ProductId">The provider's product as the catalogue names it (<see cref="Catalog.CatalogProduct.ProductId"/>: a Printful catalog variant id…).</param>
/// <param name="Status">Whether it can be made now.</param>
/// <param name="RawStatus">The provider's status, verbatim.</param>
public sealed record PodStockChange(string ProductId, PodStockStatus Status, string? RawStatus = null)
{
    /// <summary>
    /// The one facility (of the routing network) the report is about, or <see langword="null"/> for the provider
    /// as a whole (a stock webhook that names no region, or a stock API's answer over all its regions).
    /// </summary>
    public string? FacilityId { get; init; }
}

/// <summary>A product's stock, normalized.</summary>
public enum PodStockStatus
{
    /// <summary>The provider cannot say (nothing changes).</summary>
    Unknown = 0,

    /// <summary>It can be made now (in stock, or stocked on demand).</summary>
    InStock = 1,

    /// <summary>It cannot be made until restocked.</summary>
    OutOfStock = 2,

    /// <summary>It will not be made again (or not in the provider's region).</summary>
    Discontinued = 3,
}
