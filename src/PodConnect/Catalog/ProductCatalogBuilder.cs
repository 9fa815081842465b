using PodConnect.Domain;
using PodConnect.Providers;

namespace PodConnect.Catalog;

/// <summary>Builds a <see cref="ProductCatalog"/> from code, JSON files, or both (later entries for a SKU replace earlier ones).</summary>
public sealed class ProductCatalogBuilder
{
    private readonly List<CatalogEntry> _entries = [];

    /// <summary>Adds a SKU: its kind, and through <paramref name="providers"/> each provider's product for it.</summary>
    /// <exception cref="ArgumentException">The SKU is empty or no provider makes it.</exception>
    public ProductCatalogBuilder Add(string sku, ProductKind kind, Action<CatalogEntryBuilder> providers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        ArgumentNullException.ThrowIfNull(providers);
        if (kind == default)
        {
            throw new ArgumentException($"SKU '{sku}' needs a product kind.", nameof(kind));
        }

        var entry = new CatalogEntryBuilder();
        providers(entry);
        if (entry.Products.Count == 0)
        {
            throw new ArgumentException($"SKU '{sku}' names no provider product; add one with At(provider, productId).", nameof(providers));
        }

        _entries.Add(new CatalogEntry(sku, kind, entry.Products));
        return this;
    }

    /// <summary>Adds every entry of a JSON catalogue file.</summary>
    /// <exception cref="CatalogValidationException">The file is not a valid catalogue.</exception>
    public ProductCatalogBuilder FromJsonFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return FromJson(stream);
    }

    /// <summary>Adds every entry of a JSON catalogue.</summary>
    /// <exception cref="CatalogValidationException">The JSON is not a valid catalogue.</exception>
    public ProductCatalogBuilder FromJson(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        _entries.AddRange(CatalogJsonReader.Read(json));
        return this;
    }

    /// <summary>Builds the catalogue.</summary>
    public ProductCatalog Build() => new(_entries);
}

/// <summary>Lists the providers that make one SKU.</summary>
public sealed class CatalogEntryBuilder
{
    internal Dictionary<string, CatalogProduct> Products { get; } = new(StringComparer.Ordinal);

    /// <summary>Says that <paramref name="provider"/> makes the SKU as <paramref name="productId"/> with these print files.</summary>
    public CatalogEntryBuilder At(string provider, string productId, params PodPrintFile[] files)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        ArgumentException.ThrowIfNullOrWhiteSpace(productId);
        Products[provider] = new CatalogProduct(productId, files ?? []);
        return this;
    }
}
