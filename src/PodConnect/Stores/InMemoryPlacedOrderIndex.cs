using System.Collections.Concurrent;

namespace PodConnect.Stores;

/// <summary>The default <see cref="IPlacedOrderIndex"/>: one process's memory; its coverage starts when it is created.</summary>
public sealed class InMemoryPlacedOrderIndex : IPlacedOrderIndex
{
    private readonly ConcurrentDictionary<string, PlacedOrder> _byOrder = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Provider, string ProviderOrderId), string> _byProviderOrder = new();
    private readonly DateTimeOffset _coverageStart;

    /// <summary>Creates an empty index whose coverage starts now.</summary>
    public InMemoryPlacedOrderIndex(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _coverageStart = timeProvider.GetUtcNow();
    }

    /// <inheritdoc />
    public ValueTask<DateTimeOffset> GetCoverageStartAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(_coverageStart);

    /// <inheritdoc />
    public ValueTask<PlacedOrder?> TryAddAsync(PlacedOrder order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        var stored = _byOrder.GetOrAdd(order.OrderId, order);
        if (!ReferenceEquals(stored, order))
        {
            return ValueTask.FromResult<PlacedOrder?>(stored);
        }

        IndexProviderOrder(order);
        return ValueTask.FromResult<PlacedOrder?>(null);
    }

    /// <inheritdoc />
    public ValueTask UpdateAsync(PlacedOrder order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        _byOrder[order.OrderId] = order;
        IndexProviderOrder(order);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<PlacedOrder?> FindAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orderId);
        return ValueTask.FromResult(_byOrder.TryGetValue(orderId, out var order) ? order : null);
    }

    /// <inheritdoc />
    public ValueTask<PlacedOrder?> FindByProviderOrderAsync(string provider, string providerOrderId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(providerOrderId);
        return _byProviderOrder.TryGetValue((provider, providerOrderId), out var orderId)
            ? FindAsync(orderId, cancellationToken)
            : ValueTask.FromResult<PlacedOrder?>(null);
    }

    private void IndexProviderOrder(PlacedOrder order)
    {
        if (order.ProviderOrderId is { } id)
        {
            _byProviderOrder[(order.Provider, id)] = order.OrderId;
        }
    }
}
