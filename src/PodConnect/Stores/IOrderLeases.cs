namespace PodConnect.Stores;

/// <summary>
/// Single flight per order: at most one worker (in this process or, with a shared store, in any
/// instance) takes a step for an order at a time. Leases expire so a crashed holder never blocks an
/// order for long. Safe for concurrent use.
/// </summary>
public interface IOrderLeases
{
    /// <summary>Grants a lease on <paramref name="orderId"/> for <paramref name="duration"/>, or <see langword="null"/> while another unexpired lease holds it.</summary>
    ValueTask<OrderLease?> TryAcquireAsync(string orderId, string owner, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Whether <paramref name="lease"/> is still the current, unexpired lease on its order (check before an irreversible step).</summary>
    ValueTask<bool> IsCurrentAsync(OrderLease lease, CancellationToken cancellationToken = default);

    /// <summary>Gives the lease back early; does nothing if it lapsed or another lease replaced it.</summary>
    ValueTask ReleaseAsync(OrderLease lease, CancellationToken cancellationToken = default);
}
