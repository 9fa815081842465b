using StackExchange.Redis;
using StackExchange.Redis.KeyspaceIsolation;

namespace PodConnect.Redis.Stores;

/// <summary>What every Redis store shares: the database with the key prefix applied, the clock and the options.</summary>
internal sealed class RedisStoreContext
{
    public RedisStoreContext(IConnectionMultiplexer connection, RedisStoreOptions options, TimeProvider time)
    {
        Connection = connection;
        Options = options;
        Time = time;
        Database = connection.GetDatabase().WithKeyPrefix(options.KeyPrefix + ":");
    }

    public IConnectionMultiplexer Connection { get; }

    public IDatabase Database { get; }

    public RedisStoreOptions Options { get; }

    /// <summary>
    /// Expiry is judged by the application's clock (passed to every script), as the in-memory stores do, so
    /// tests can drive it; instances must keep their clocks in sync (NTP), well within a lease's duration.
    /// </summary>
    public TimeProvider Time { get; }

    public long NowMilliseconds => Time.GetUtcNow().ToUnixTimeMilliseconds();
}
