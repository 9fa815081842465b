using System.Collections.Concurrent;

namespace PodConnect.Stores;

/// <summary>The default <see cref="IOrderLeases"/>: single flight within one process; expiry judged by the <see cref="TimeProvider"/>.</summary>
public sealed class InMemoryOrderLeases : IOrderLeases
{
    private readonly ConcurrentDictionary<string, OrderLease> _current = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _lastToken = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    /// <summary>Creates an empty store.</summary>
    public InMemoryOrderLeases(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _time = timeProvider;
    }

    /// <inheritdoc />
    public ValueTask<OrderLease?> TryAcquireAsync(string orderId, string owner, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        var now = _time.GetUtcNow();
        while (true)
        {
            if (_current.TryGetValue(orderId, out var held))
            {
                if (held.ExpiresAt > now)
                {
                    return ValueTask.FromResult<OrderLease?>(null);
                }

                var replacement = Grant(orderId, owner, now + duration);
                if (_current.TryUpdate(orderId, replacement, held))
                {
                    return ValueTask.FromResult<OrderLease?>(replacement);
                }

                continue;
            }

            var lease = Grant(orderId, owner, now + duration);
            if (_current.TryAdd(orderId, lease))
            {
                return ValueTask.FromResult<OrderLease?>(lease);
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> IsCurrentAsync(OrderLease lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return ValueTask.FromResult(
            _current.TryGetValue(lease.OrderId, out var held) && held.FencingToken == lease.FencingToken && held.ExpiresAt > _time.GetUtcNow());
    }

    /// <inheritdoc />
    public ValueTask ReleaseAsync(OrderLease lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        if (_current.TryGetValue(lease.OrderId, out var held) && held.FencingToken == lease.FencingToken)
        {
            _current.TryRemove(new KeyValuePair<string, OrderLease>(lease.OrderId, held));
        }

        return ValueTask.CompletedTask;
    }

    // Tokens survive a release, so the next grant on the same order is always larger.
    private OrderLease Grant(string orderId, string owner, DateTimeOffset expiresAt) =>
        new(orderId, owner, _lastToken.AddOrUpdate(orderId, 1, (_, last) => last + 1), expiresAt);
}
