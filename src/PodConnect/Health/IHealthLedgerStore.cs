namespace PodConnect.Health;

/// <summary>
/// One <see cref="OrderHealthRecord"/> per order: the raw material of the shop-health ledgers (TikTok exposes
/// none of the metrics, so the shop keeps its own). Records merge: recording an order again keeps every field
/// the new record leaves empty and takes every field it sets (<see cref="OrderHealthRecord.Merge"/>), atomically
/// per order. Safe for concurrent use; a shared implementation (Redis) passes the same contract tests
/// (<c>PodConnect.Testing.Contracts.HealthLedgerStoreContract</c>).
/// </summary>
public interface IHealthLedgerStore
{
    /// <summary>Records what is known of an order, merged into what was recorded before.</summary>
    ValueTask RecordAsync(OrderHealthRecord record, CancellationToken cancellationToken = default);

    /// <summary>The record of an order, or <see langword="null"/>.</summary>
    ValueTask<OrderHealthRecord?> FindAsync(string shopId, string orderId, CancellationToken cancellationToken = default);

    /// <summary>A shop's records of orders created at or after <paramref name="createdSince"/>, in no particular order.</summary>
    ValueTask<IReadOnlyList<OrderHealthRecord>> ReadShopAsync(string shopId, DateTimeOffset createdSince, CancellationToken cancellationToken = default);

    /// <summary>The shops with at least one record.</summary>
    ValueTask<IReadOnlyList<string>> GetShopIdsAsync(CancellationToken cancellationToken = default);

    /// <summary>Forgets records of orders created before <paramref name="createdBefore"/> (no window can count them any more); returns how many.</summary>
    ValueTask<int> PruneAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken = default);
}
