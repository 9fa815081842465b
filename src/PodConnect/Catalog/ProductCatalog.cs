namespace PodConnect.Catalog;

/// <summary>An immutable in-memory <see cref="IProductCatalog"/>; build one with <see cref="ProductCatalogBuilder"/> or load JSON.</summary>
public sealed class ProductCatalog : IProductCatalog
{
    private readonly Dictionary<string, CatalogEntry> _bySku;

    internal ProductCatalog(IEnumerable<CatalogEntry> entries)
    {
        _bySku = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            _bySku[entry.Sku] = entry;
        }
    }

    /// <summary>Starts a catalogue in code: <c>ProductCatalog.Create().Add("TEE-BLK-M", ProductKind.TShirt, p =&gt; p.At("gelato", "…"))</c>.</summary>
    public static ProductCatalogBuilder Create() => new();

    /// <summary>Loads a catalogue from a JSON file (format in docs/getting-started.md).</summary>
    /// <exception cref="CatalogValidationException">The file is not a valid catalogue; the message names the SKU and field.</exception>
    public static ProductCatalog FromJsonFile(string path) => Create().FromJsonFile(path).Build();

    /// <inheritdoc />
    public IReadOnlyCollection<CatalogEntry> Entries => _bySku.Values;

    /// <inheritdoc />
    public CatalogEntry? Find(string sku)
    {
        ArgumentNullException.ThrowIfNull(sku);
        return _bySku.TryGetValue(sku, out var entry) ? entry : null;
    }
}
