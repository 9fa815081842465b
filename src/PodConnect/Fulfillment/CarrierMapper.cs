using System.Collections.Concurrent;
using PodConnect.Marketplaces;

namespace PodConnect.Fulfillment;

/// <summary>
/// Provider carrier name → the marketplace's carrier id for the shop. Overrides first; then a match of
/// normalized names (letters and digits, lower case) against the shop's carrier list, which is read once
/// per shop and day: equal names, else the one marketplace carrier whose name contains the provider's or
/// is contained in it. Ambiguous or no match is <see langword="null"/>: the order is surfaced, never shipped
/// with a carrier that might be wrong.
/// </summary>
internal sealed class CarrierMapper(IMarketplace marketplace, FulfillmentOptions options, TimeProvider time)
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromDays(1);
    private readonly ConcurrentDictionary<string, (DateTimeOffset Until, Task<IReadOnlyList<MarketplaceCarrier>> Carriers)> _byShop = new(StringComparer.Ordinal);

    public async Task<string?> MapAsync(string shopId, string? providerCarrier, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(providerCarrier))
        {
            return null;
        }

        if (options.CarrierOverrides.TryGetValue(providerCarrier.Trim(), out var overridden))
        {
            return overridden;
        }

        var carriers = await CarriersAsync(shopId, cancellationToken).ConfigureAwait(false);
        return Match(providerCarrier, carriers);
    }

    internal static string? Match(string providerCarrier, IReadOnlyList<MarketplaceCarrier> carriers)
    {
        var wanted = Normalize(providerCarrier);
        if (wanted.Length == 0)
        {
            return null;
        }

        string? contained = null;
        var containedCount = 0;
        foreach (var carrier in carriers)
        {
            var name = Normalize(carrier.Name);
            if (name.Length == 0)
            {
                continue;
            }

            if (name == wanted)
            {
                return carrier.Id;
            }

            if (name.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(name, StringComparison.Ordinal))
            {
                contained = carrier.Id;
                containedCount++;
            }
        }

        return containedCount == 1 ? contained : null;
    }

    private Task<IReadOnlyList<MarketplaceCarrier>> CarriersAsync(string shopId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entry = _byShop.AddOrUpdate(
            shopId,
            _ => (now + CacheLifetime, marketplace.GetCarriersAsync(shopId, cancellationToken)),
            (_, old) => old.Until > now && !old.Carriers.IsFaulted && !old.Carriers.IsCanceled ? old : (now + CacheLifetime, marketplace.GetCarriersAsync(shopId, cancellationToken)));
        return entry.Carriers;
    }

    private static string Normalize(string name) =>
        string.Create(name.Count(char.IsAsciiLetterOrDigit), name, static (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    span[i++] = char.ToLowerInvariant(c);
                }
            }
        });
}
