using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using PodConnect.Printful.Internal;
using PodConnect.Printful.Models;
using PodConnect.Providers;

namespace PodConnect.Printful;

/// <summary>
/// Printful's stock API for the loop's stock poller: one v2 <c>GET /v2/catalog-variants/{id}/availability</c> per
/// catalogued catalog variant (ids that are not numbers, such as <c>sync:…</c>, are skipped), through the client and
/// so through Printful's rate-limit handling. Each answer becomes a provider-wide change (in stock for any technique in
/// any region wins, as for the <c>catalog_stock_updated</c> webhook) and one change per facility that
/// <see cref="PrintfulClientOptions.StockRegionFacilities"/> maps a returned selling region to.
/// </summary>
internal sealed class PrintfulStockSource(PrintfulClient client, IOptions<PrintfulClientOptions> options) : IPodStockSource
{
    public string Provider => PrintfulClient.ServiceName;

    public async IAsyncEnumerable<PodStockChange> ReadStockAsync(IReadOnlyList<string> productIds, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(productIds);
        foreach (var productId in productIds)
        {
            if (!long.TryParse(productId, NumberStyles.None, CultureInfo.InvariantCulture, out var variantId))
            {
                continue; // not a catalog variant id: Printful has no stock to ask for it
            }

            var availability = await client.GetVariantAvailabilityAsync(variantId, cancellationToken).ConfigureAwait(false);
            foreach (var change in ToChanges(productId, availability, options.Value.StockRegionFacilities))
            {
                yield return change;
            }
        }
    }

    /// <summary>The changes one availability answer stands for (none when it says nothing known).</summary>
    internal static IReadOnlyList<PodStockChange> ToChanges(string productId, PrintfulVariantAvailability availability, IReadOnlyDictionary<string, string[]> regionFacilities) =>
        PodStockSummary.ByFacility(productId, Entries(availability), regionFacilities);

    private static IEnumerable<PodRegionStock> Entries(PrintfulVariantAvailability availability)
    {
        foreach (var technique in availability.Techniques ?? [])
        {
            foreach (var region in technique?.SellingRegions ?? [])
            {
                if (region?.Name is { } name)
                {
                    yield return new PodRegionStock(name, PrintfulStockStatus.Map(region.Availability), region.Availability);
                }
            }
        }
    }
}
