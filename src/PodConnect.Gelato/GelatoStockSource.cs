using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using PodConnect.Gelato.Models;
using PodConnect.Providers;

namespace PodConnect.Gelato;

/// <summary>
/// Gelato's stock API for the loop's stock poller: Product API v3 <c>POST /v3/stock/region-availability</c> with the
/// catalogued product UIDs, <see cref="BatchSize"/> at a time (the largest batch Gelato accepts is UNCONFIRMED), through
/// the client and its pipeline. Each product becomes a provider-wide change and one change per facility that
/// <see cref="GelatoClientOptions.StockRegionFacilities"/> maps a stock region to. Statuses: <c>in-stock</c> and
/// <c>non-stockable</c> (made to order, no stock to run out) are in stock; <c>out-of-stock-replenishable</c> is out of
/// stock; <c>out-of-stock</c> (not replenished) and <c>not-supported</c> are discontinued there; anything else is unknown.
/// </summary>
internal sealed class GelatoStockSource(GelatoClient client, IOptions<GelatoClientOptions> options) : IPodStockSource
{
    /// <summary>Product UIDs per request.</summary>
    public const int BatchSize = 50;

    public string Provider => GelatoClient.ServiceName;

    public async IAsyncEnumerable<PodStockChange> ReadStockAsync(IReadOnlyList<string> productIds, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(productIds);
        foreach (var batch in productIds.Chunk(BatchSize))
        {
            var response = await client.GetStockRegionAvailabilityAsync(batch, cancellationToken).ConfigureAwait(false);
            foreach (var change in ToChanges(batch, response, options.Value.StockRegionFacilities))
            {
                yield return change;
            }
        }
    }

    /// <summary>The changes one answer stands for, for the products asked about only (an entry for another product is ignored).</summary>
    internal static IEnumerable<PodStockChange> ToChanges(IReadOnlyCollection<string> asked, GelatoStockAvailabilityResponse response, IReadOnlyDictionary<string, string[]> regionFacilities)
    {
        var wanted = new HashSet<string>(asked, StringComparer.Ordinal);
        foreach (var product in response.ProductsAvailability ?? [])
        {
            if (product?.ProductUid is not { } uid || !wanted.Remove(uid))
            {
                continue;
            }

            var entries = (product.Availability ?? [])
                .Where(a => a?.StockRegionUid is not null)
                .Select(a => new PodRegionStock(a!.StockRegionUid!, Map(a.Status), a.Status));
            foreach (var change in PodStockSummary.ByFacility(uid, entries, regionFacilities))
            {
                yield return change;
            }
        }
    }

    private static PodStockStatus Map(string? status) => status?.Trim().ToLowerInvariant() switch
    {
        "in-stock" or "non-stockable" => PodStockStatus.InStock,
        "out-of-stock-replenishable" => PodStockStatus.OutOfStock,
        "out-of-stock" or "not-supported" => PodStockStatus.Discontinued,
        _ => PodStockStatus.Unknown,
    };
}
