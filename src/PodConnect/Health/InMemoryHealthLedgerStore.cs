using System.Collections.Concurrent;

namespace PodConnect.Health;

/// <summary>The default <see cref="IHealthLedgerStore"/>: one process's memory (lost on restart; the loop rebuilds it from TikTok's orders).</summary>
public sealed class InMemoryHealthLedgerStore : IHealthLedgerStore
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, OrderHealthRecord>> _shops = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask RecordAsync(OrderHealthRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.ShopId, nameof(record));
        ArgumentException.ThrowIfNullOrWhiteSpace(record.OrderId, nameof(record));
        var shop = _shops.GetOrAdd(record.ShopId, _ => new ConcurrentDictionary<string, OrderHealthRecord>(StringComparer.Ordinal));
        shop.AddOrUpdate(record.OrderId, record, (_, known) => known.Merge(record));
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<OrderHealthRecord?> FindAsync(string shopId, string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shopId);
        ArgumentNullException.ThrowIfNull(orderId);
        return ValueTask.FromResult(_shops.TryGetValue(shopId, out var shop) && shop.TryGetValue(orderId, out var r) ? r : null);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<OrderHealthRecord>> ReadShopAsync(string shopId, DateTimeOffset createdSince, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shopId);
        return ValueTask.FromResult<IReadOnlyList<OrderHealthRecord>>(_shops.TryGetValue(shopId, out var shop)
            ? [.. shop.Values.Where(r => r.CreatedAt >= createdSince)]
            : []);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> GetShopIdsAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<string>>([.. _shops.Where(s => !s.Value.IsEmpty).Select(s => s.Key)]);

    /// <inheritdoc />
    public ValueTask<int> PruneAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken = default)
    {
        var pruned = 0;
        foreach (var shop in _shops.Values)
        {
            foreach (var (id, record) in shop)
            {
                if (record.CreatedAt < createdBefore && shop.TryRemove(new KeyValuePair<string, OrderHealthRecord>(id, record)))
                {
                    pruned++;
                }
            }
        }

        return ValueTask.FromResult(pruned);
    }
}
