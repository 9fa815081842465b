using PodConnect.Dispatch;

namespace PodConnect.Stores;

/// <summary>
/// Every order marked shipped, once: the raw material of the Late Dispatch Rate (TikTok exposes no LDR
/// endpoint, so the shop keeps its own). Safe for concurrent use.
/// </summary>
public interface IDispatchLedgerStore
{
    /// <summary>Records a dispatch unless one is already recorded for the order; returns whether this call recorded it.</summary>
    ValueTask<bool> TryRecordAsync(DispatchRecord record, CancellationToken cancellationToken = default);

    /// <summary>The dispatch recorded for an order, or <see langword="null"/>.</summary>
    ValueTask<DispatchRecord?> FindAsync(string orderId, CancellationToken cancellationToken = default);

    /// <summary>Dispatches recorded at or after <paramref name="since"/>, in no particular order.</summary>
    ValueTask<IReadOnlyList<DispatchRecord>> ReadSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default);
}
