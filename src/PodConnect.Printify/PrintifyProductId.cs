using System.Globalization;
using PodConnect.Printify.Models;
using PodConnect.Providers;

namespace PodConnect.Printify;

/// <summary>
/// How a Printify product is named in <see cref="PodOrderLine.ProductId"/>, one of Printify's three line forms:
/// <list type="bullet">
/// <item><c>{product_id}/{variant_id}</c>: an existing product, e.g. <c>5bfd0b66a342bcc9b5563216/17887</c>;</item>
/// <item><c>{blueprint_id}/{print_provider_id}/{variant_id}</c> (three numbers): a product created with the order,
/// printed with the line's files (<see cref="PodPrintFile.Placement"/> → print area, e.g. <c>front</c>);</item>
/// <item><c>sku:{sku}</c>: an existing product by SKU.</item>
/// </list>
/// </summary>
public static class PrintifyProductId
{
    /// <summary>The line for a product id, quantity and files.</summary>
    /// <exception cref="ArgumentException">The id is in none of the forms.</exception>
    /// <exception cref="PodFieldLimitException">A product made with the order has no print files.</exception>
    public static PrintifyLineItemRequest ToLineItem(string productId, int quantity, IReadOnlyList<PodPrintFile> files)
    {
        ArgumentNullException.ThrowIfNull(productId);
        ArgumentNullException.ThrowIfNull(files);
        if (productId.StartsWith("sku:", StringComparison.Ordinal) && productId.Length > 4)
        {
            return new PrintifyLineItemRequest { Sku = productId[4..], Quantity = quantity };
        }

        var parts = productId.Split('/');
        if (parts.Length == 2 && parts[0].Length > 0 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var variant))
        {
            return new PrintifyLineItemRequest { ProductId = parts[0], VariantId = variant, Quantity = quantity };
        }

        if (parts.Length == 3
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var blueprint)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var provider)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var catalogVariant))
        {
            if (files.Count == 0)
            {
                throw new PodFieldLimitException(PrintifyClient.ServiceName, "line_items.print_areas", null, 0);
            }

            return new PrintifyLineItemRequest
            {
                BlueprintId = blueprint,
                PrintProviderId = provider,
                VariantId = catalogVariant,
                PrintAreas = files.ToDictionary(f => f.Placement, f => f.Url.AbsoluteUri, StringComparer.Ordinal),
                Quantity = quantity,
            };
        }

        throw new ArgumentException($"'{productId}' is not a Printify product id: write product_id/variant_id, blueprint_id/print_provider_id/variant_id or sku:SKU.", nameof(productId));
    }
}
