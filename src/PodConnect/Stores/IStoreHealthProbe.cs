namespace PodConnect.Stores;

/// <summary>
/// Answers whether a shared store the loop depends on (e.g. Redis) is reachable right now. Registered
/// (as one of possibly several, resolve <c>IEnumerable&lt;IStoreHealthProbe&gt;</c>) by packages that put
/// the stores out of process; the in-memory defaults register none. A host's health check reports
/// Unhealthy while any probe does: the loop is not placing orders then.
/// </summary>
public interface IStoreHealthProbe
{
    /// <summary>The store's name, e.g. <c>redis</c>.</summary>
    string Name { get; }

    /// <summary>Pings the store; never throws for an unreachable store (that is an unhealthy answer).</summary>
    ValueTask<StoreHealth> CheckAsync(CancellationToken cancellationToken = default);
}
