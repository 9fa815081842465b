namespace PodConnect.Stores;

/// <summary>One answer of an <see cref="IStoreHealthProbe"/>.</summary>
/// <param name="IsHealthy">Whether the store answered.</param>
/// <param name="Description">What was seen, without secrets (e.g. "ping 0.4 ms" or the error's kind).</param>
/// <param name="Latency">How long the ping took, when it answered.</param>
public readonly record struct StoreHealth(bool IsHealthy, string Description, TimeSpan? Latency = null);
