namespace PodConnect.Catalog;

/// <summary>
/// The seller's catalogue: marketplace SKU → product kind and, per provider, the provider's product and
/// print files. The loop never guesses: an order with a SKU the catalogue does not know is surfaced.
/// </summary>
public interface IProductCatalog
{
    /// <summary>Every entry (validated against the registered providers at start-up).</summary>
    IReadOnlyCollection<CatalogEntry> Entries { get; }

    /// <summary>The entry for a SKU, or <see langword="null"/> when the catalogue does not know it.</summary>
    CatalogEntry? Find(string sku);
}
