using System.Globalization;
using System.Runtime.CompilerServices;
using PodConnect.Printify.Models;
using PodConnect.Providers;

namespace PodConnect.Printify;

/// <summary>
/// Printify's stock for the loop's stock poller, for catalogue products of the form
/// <c>{blueprint_id}/{print_provider_id}/{variant_id}</c> (a print provider is one facility, so the change is for the
/// product as a whole): one <c>GET /v1/catalog/blueprints/{b}/print_providers/{p}/variants.json</c> per blueprint and print
/// provider, through the client and its pipeline. Printify lists only the variants in stock unless asked for
/// <c>show-out-of-stock=1</c> (its API reference and an integrator's live check; UNCONFIRMED beyond them), so a catalogued
/// variant in the list is in stock (unless it carries <c>is_available: false</c>) and one missing from it is out of stock.
/// Products named <c>{product_id}/{variant_id}</c> or <c>sku:…</c> are not read.
/// </summary>
internal sealed class PrintifyStockSource(PrintifyClient client) : IPodStockSource
{
    public string Provider => PrintifyClient.ServiceName;

    public async IAsyncEnumerable<PodStockChange> ReadStockAsync(IReadOnlyList<string> productIds, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(productIds);
        foreach (var group in productIds.Select(id => (Id: id, Parsed: Parse(id))).Where(p => p.Parsed is not null).GroupBy(p => (p.Parsed!.Value.Blueprint, p.Parsed!.Value.Provider)))
        {
            var listed = await client.GetCatalogVariantsAsync(group.Key.Blueprint, group.Key.Provider, cancellationToken).ConfigureAwait(false);
            foreach (var change in ToChanges(group.Select(p => (p.Id, p.Parsed!.Value.Variant)), listed))
            {
                yield return change;
            }
        }
    }

    /// <summary>The change for each asked (product id, variant id), from one variants list.</summary>
    internal static IEnumerable<PodStockChange> ToChanges(IEnumerable<(string ProductId, long Variant)> asked, PrintifyCatalogVariants listed)
    {
        var available = new Dictionary<long, bool>();
        foreach (var variant in listed.Variants ?? [])
        {
            if (variant?.Id is { } id)
            {
                available[id] = variant.IsAvailable != false;
            }
        }

        foreach (var (productId, variant) in asked)
        {
            yield return available.TryGetValue(variant, out var inStock)
                ? new PodStockChange(productId, inStock ? PodStockStatus.InStock : PodStockStatus.OutOfStock, inStock ? "listed" : "is_available: false")
                : new PodStockChange(productId, PodStockStatus.OutOfStock, "not listed");
        }
    }

    private static (long Blueprint, long Provider, long Variant)? Parse(string productId)
    {
        var parts = productId.Split('/');
        return parts.Length == 3
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var blueprint)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var provider)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var variant)
            ? (blueprint, provider, variant)
            : null;
    }
}
