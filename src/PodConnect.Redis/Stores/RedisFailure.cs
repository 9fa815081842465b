using PodConnect.Stores;
using StackExchange.Redis;

namespace PodConnect.Redis.Stores;

/// <summary>The one place that decides which Redis client errors mean "the store is unavailable".</summary>
internal static class RedisFailure
{
    public const string StoreName = "redis";

    /// <summary>Connection lost or refused, a timeout, or a server that cannot answer yet (loading, failing over).</summary>
    public static bool IsUnavailable(Exception e) => e switch
    {
        RedisConnectionException or RedisTimeoutException or TimeoutException => true,
        RedisServerException server => server.Message.StartsWith("LOADING", StringComparison.Ordinal)
            || server.Message.StartsWith("READONLY", StringComparison.Ordinal)
            || server.Message.StartsWith("MASTERDOWN", StringComparison.Ordinal)
            || server.Message.StartsWith("TRYAGAIN", StringComparison.Ordinal),
        _ => false,
    };

    public static StoreUnavailableException Unavailable(string operation, Exception e) => new(StoreName, operation, e);
}
