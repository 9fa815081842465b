using StackExchange.Redis;

namespace PodConnect.Redis.DependencyInjection;

/// <summary>The connection the Redis stores use; disposed with the container only when PodConnect opened it.</summary>
internal sealed class RedisConnectionHolder : IDisposable
{
    private readonly bool _owned;

    private RedisConnectionHolder(IConnectionMultiplexer connection, bool owned)
    {
        Connection = connection;
        _owned = owned;
    }

    public IConnectionMultiplexer Connection { get; }

    public static RedisConnectionHolder Borrow(IConnectionMultiplexer connection) => new(connection, owned: false);

    /// <summary>
    /// Opens a connection that never gives up: it starts even while Redis is down and reconnects by itself,
    /// and every command fails within the configured timeouts instead of waiting (the loop backs off).
    /// </summary>
    public static RedisConnectionHolder Open(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.ClientName ??= "podconnect";
        return new RedisConnectionHolder(ConnectionMultiplexer.Connect(options), owned: true);
    }

    public void Dispose()
    {
        if (_owned)
        {
            Connection.Dispose();
        }
    }
}
