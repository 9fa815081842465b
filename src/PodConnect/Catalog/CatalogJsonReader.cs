using System.Text.Json;
using PodConnect.Domain;
using PodConnect.Providers;

namespace PodConnect.Catalog;

/// <summary>Reads the catalogue JSON format; every problem is a <see cref="CatalogValidationException"/> naming the SKU and field.</summary>
internal static class CatalogJsonReader
{
    public static List<CatalogEntry> Read(Stream json)
    {
        CatalogJson? doc;
        try
        {
            doc = JsonSerializer.Deserialize(json, CatalogJsonContext.Default.CatalogJson);
        }
        catch (JsonException e)
        {
            throw new CatalogValidationException(null, FieldOf(e.Path), "not valid catalogue JSON: " + e.Message, e);
        }

        if (doc?.Products is not { } products)
        {
            throw new CatalogValidationException(null, "products", "is missing; a catalogue is { \"products\": [ … ] }.");
        }

        var entries = new List<CatalogEntry>(products.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < products.Count; i++)
        {
            var at = $"products[{i}]";
            var p = products[i] ?? throw new CatalogValidationException(null, at, "is null.");
            if (string.IsNullOrWhiteSpace(p.Sku))
            {
                throw new CatalogValidationException(null, at + ".sku", "is missing.");
            }

            if (!seen.Add(p.Sku))
            {
                throw new CatalogValidationException(p.Sku, at + ".sku", "appears twice.");
            }

            entries.Add(new CatalogEntry(p.Sku, KindOf(p, at), ProvidersOf(p, at)));
        }

        return entries;
    }

    /// <summary>The serializer's path (<c>$.products[0].kind</c>) in the form the checks below use (<c>products[0].kind</c>), so one field has one name.</summary>
    private static string FieldOf(string? path) => path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : "$";

    private static ProductKind KindOf(CatalogEntryJson p, string at)
    {
        if (string.IsNullOrWhiteSpace(p.Kind))
        {
            throw new CatalogValidationException(p.Sku, at + ".kind", "is missing (a product kind such as t-shirt or mug).");
        }

        try
        {
            return new ProductKind(p.Kind);
        }
        catch (ArgumentException e)
        {
            throw new CatalogValidationException(p.Sku, at + ".kind", e.Message, e);
        }
    }

    private static Dictionary<string, CatalogProduct> ProvidersOf(CatalogEntryJson p, string at)
    {
        if (p.Providers is not { Count: > 0 } providers)
        {
            throw new CatalogValidationException(p.Sku, at + ".providers", "is missing or empty; name at least one provider's product.");
        }

        var result = new Dictionary<string, CatalogProduct>(StringComparer.Ordinal);
        foreach (var (name, product) in providers)
        {
            var where = $"{at}.providers.{name}";
            if (string.IsNullOrWhiteSpace(product?.Product))
            {
                throw new CatalogValidationException(p.Sku, where + ".product", "is missing.");
            }

            var files = new List<PodPrintFile>();
            for (var f = 0; f < (product.Files?.Count ?? 0); f++)
            {
                var file = product.Files![f];
                if (file is null || string.IsNullOrWhiteSpace(file.Placement))
                {
                    throw new CatalogValidationException(p.Sku, $"{where}.files[{f}].placement", "is missing.");
                }

                if (!Uri.TryCreate(file.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
                {
                    throw new CatalogValidationException(p.Sku, $"{where}.files[{f}].url", "must be an absolute http(s) URL the provider can download.");
                }

                files.Add(new PodPrintFile(file.Placement, url));
            }

            result[name] = new CatalogProduct(product.Product, files);
        }

        return result;
    }
}
