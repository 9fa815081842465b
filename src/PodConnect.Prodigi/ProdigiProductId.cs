using PodConnect.Providers;

namespace PodConnect.Prodigi;

/// <summary>
/// How a Prodigi product is named in <see cref="PodOrderLine.ProductId"/>: the SKU, optionally followed by
/// its attributes as a query string, e.g. <c>GLOBAL-CFPM-16X20?color=black</c> or
/// <c>GLOBAL-CAN-10X10?wrap=ImageWrap</c>. Most Prodigi SKUs require every attribute they list.
/// </summary>
public static class ProdigiProductId
{
    /// <summary>Splits a product id into its SKU and attributes.</summary>
    /// <exception cref="PodFieldLimitException">The SKU is empty.</exception>
    /// <exception cref="ArgumentException">An attribute has no name.</exception>
    public static (string Sku, IReadOnlyDictionary<string, string>? Attributes) Parse(string productId)
    {
        ArgumentNullException.ThrowIfNull(productId);
        var question = productId.IndexOf('?', StringComparison.Ordinal);
        var sku = (question < 0 ? productId : productId[..question]).Trim();
        if (sku.Length == 0)
        {
            throw new PodFieldLimitException(ProdigiClient.ServiceName, "items.sku", null, 0);
        }

        if (question < 0 || question == productId.Length - 1)
        {
            return (sku, null);
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in productId[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]).Trim();
            if (name.Length == 0)
            {
                throw new ArgumentException($"The Prodigi product id '{productId}' has an attribute without a name; write SKU?name=value&name=value.", nameof(productId));
            }

            attributes[name] = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
        }

        return (sku, attributes);
    }

    /// <summary>Builds a product id from a SKU and attributes (the inverse of <see cref="Parse"/>).</summary>
    public static string Format(string sku, IReadOnlyDictionary<string, string>? attributes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        return attributes is null || attributes.Count == 0
            ? sku
            : sku + "?" + string.Join("&", attributes.Select(a => $"{Uri.EscapeDataString(a.Key)}={Uri.EscapeDataString(a.Value)}"));
    }
}
