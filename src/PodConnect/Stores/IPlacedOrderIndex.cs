namespace PodConnect.Stores;

/// <summary>
/// Marketplace order id → the provider (and provider order) it went to. A cache of what the providers
/// know, never the only record: after a loss the reconciler asks the providers again. Implementations
/// must be safe for concurrent use; a shared one (Redis) lets many instances agree.
/// </summary>
public interface IPlacedOrderIndex
{
    /// <summary>
    /// The instant from which this index has recorded every placement intent made through it (for the
    /// in-memory index: when it was created; for a durable one: when it was first used). An order created
    /// at or after it and missing here was never placed, so the reconciler can skip asking the providers.
    /// </summary>
    ValueTask<DateTimeOffset> GetCoverageStartAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Records <paramref name="order"/> unless one is already recorded for its order id.
    /// Returns <see langword="null"/> when it was added, otherwise the record already there, which wins.
    /// </summary>
    ValueTask<PlacedOrder?> TryAddAsync(PlacedOrder order, CancellationToken cancellationToken = default);

    /// <summary>Replaces the record for <paramref name="order"/>'s order id (e.g. to add the provider order id).</summary>
    ValueTask UpdateAsync(PlacedOrder order, CancellationToken cancellationToken = default);

    /// <summary>The record for a marketplace order, or <see langword="null"/>.</summary>
    ValueTask<PlacedOrder?> FindAsync(string orderId, CancellationToken cancellationToken = default);

    /// <summary>The record holding a provider's order id, or <see langword="null"/> (for webhooks that name only the provider's id).</summary>
    ValueTask<PlacedOrder?> FindByProviderOrderAsync(string provider, string providerOrderId, CancellationToken cancellationToken = default);
}
