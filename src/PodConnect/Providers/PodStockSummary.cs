namespace PodConnect.Providers;

/// <summary>
/// Turns a product's per-region (and per-technique) stock into the changes a <see cref="IPodStockSource"/> reports: one
/// for the provider as a whole and one per facility that a region maps to. Entries are combined the same way
/// everywhere (Printful's stock webhook too): in stock anywhere wins (the catalogue does not say which technique or
/// region a print needs, and one that can make it is enough); out of stock wins over discontinued; unknown says nothing.
/// </summary>
public static class PodStockSummary
{
    /// <summary>The combined status of <paramref name="current"/> and one more entry, <paramref name="next"/>.</summary>
    public static PodStockStatus Combine(PodStockStatus current, PodStockStatus next) => (current, next) switch
    {
        (_, PodStockStatus.Unknown) => current,
        (PodStockStatus.Unknown, _) => next,
        (PodStockStatus.InStock, _) or (_, PodStockStatus.InStock) => PodStockStatus.InStock,
        (PodStockStatus.OutOfStock, _) or (_, PodStockStatus.OutOfStock) => PodStockStatus.OutOfStock,
        _ => PodStockStatus.Discontinued,
    };

    /// <summary>
    /// The changes for one product: the provider-wide one (over every entry, mapped or not), then one per facility that
    /// <paramref name="regionFacilities"/> maps at least one known entry to. Regions the table does not name count only
    /// towards the provider-wide change. Nothing at all when every entry is unknown.
    /// </summary>
    /// <param name="productId">The provider's product as the catalogue names it.</param>
    /// <param name="entries">The product's stock per region (repeated per technique, where the provider reports techniques).</param>
    /// <param name="regionFacilities">Region name → the network's facility ids it stands for (the provider's documented, changeable table).</param>
    public static IReadOnlyList<PodStockChange> ByFacility(string productId, IEnumerable<PodRegionStock> entries, IReadOnlyDictionary<string, string[]> regionFacilities)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(productId);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(regionFacilities);
        var wide = (Status: PodStockStatus.Unknown, Raw: (string?)null);
        var facilities = new SortedDictionary<string, (PodStockStatus Status, string? Raw)>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Status == PodStockStatus.Unknown)
            {
                continue;
            }

            wide = Pick(wide, entry);
            if (entry.Region is not null && regionFacilities.TryGetValue(entry.Region, out var ids))
            {
                foreach (var id in ids)
                {
                    facilities[id] = Pick(facilities.TryGetValue(id, out var seen) ? seen : (PodStockStatus.Unknown, null), entry);
                }
            }
        }

        if (wide.Status == PodStockStatus.Unknown)
        {
            return [];
        }

        var changes = new List<PodStockChange>(facilities.Count + 1) { new(productId, wide.Status, wide.Raw) };
        foreach (var (facility, (status, raw)) in facilities)
        {
            changes.Add(new PodStockChange(productId, status, raw) { FacilityId = facility });
        }

        return changes;
    }

    private static (PodStockStatus Status, string? Raw) Pick((PodStockStatus Status, string? Raw) seen, PodRegionStock entry)
    {
        var combined = Combine(seen.Status, entry.Status);
        return combined == seen.Status ? seen : (combined, entry.RawStatus);
    }
}
