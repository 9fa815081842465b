using System.Diagnostics;
using System.Globalization;
using PodConnect.Stores;

namespace PodConnect.Redis.Stores;

/// <summary>The <see cref="IStoreHealthProbe"/> of the Redis stores: a PING through the same connection.</summary>
internal sealed class RedisHealthProbe(RedisStoreContext context) : IStoreHealthProbe
{
    public string Name => RedisFailure.StoreName;

    public async ValueTask<StoreHealth> CheckAsync(CancellationToken cancellationToken = default)
    {
        if (!context.Connection.IsConnected)
        {
            return new StoreHealth(false, "not connected");
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var latency = await context.Database.PingAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            return new StoreHealth(true, "ping " + latency.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms", Stopwatch.GetElapsedTime(started));
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            return new StoreHealth(false, e.GetType().Name);
        }
    }
}
