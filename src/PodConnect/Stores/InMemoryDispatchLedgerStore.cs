using System.Collections.Concurrent;
using PodConnect.Dispatch;

namespace PodConnect.Stores;

/// <summary>The default <see cref="IDispatchLedgerStore"/>: one process's memory.</summary>
public sealed class InMemoryDispatchLedgerStore : IDispatchLedgerStore
{
    private readonly ConcurrentDictionary<string, DispatchRecord> _records = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<bool> TryRecordAsync(DispatchRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(record.OrderId, nameof(record));
        return ValueTask.FromResult(_records.TryAdd(record.OrderId, record));
    }

    /// <inheritdoc />
    public ValueTask<DispatchRecord?> FindAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orderId);
        return ValueTask.FromResult<DispatchRecord?>(_records.TryGetValue(orderId, out var r) ? r : null);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<DispatchRecord>> ReadSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<DispatchRecord>>([.. _records.Values.Where(r => r.DispatchedAt >= since)]);
}
