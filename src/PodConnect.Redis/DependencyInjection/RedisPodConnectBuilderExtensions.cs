using Microsoft.Extensions.DependencyInjection.Extensions;
using PodConnect.DependencyInjection;
using PodConnect.Health;
using PodConnect.Redis;
using PodConnect.Redis.DependencyInjection;
using PodConnect.Redis.Stores;
using PodConnect.Stores;
using StackExchange.Redis;

// Extension methods for the PodConnect builder live here so they show up without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Puts every store of the fulfilment loop on Redis, so many instances of one shop agree:
/// <c>services.AddPodConnect(pod =&gt; pod.AddTikTokShop(…).AddGelato(…).UseRedis("localhost:6379").RunFulfillment())</c>.
/// </summary>
public static class RedisPodConnectBuilderExtensions
{
    /// <summary>
    /// Uses Redis at <paramref name="connectionString"/> (StackExchange.Redis syntax, e.g.
    /// <c>redis.internal:6379,password=…,ssl=true</c>) for the placed-order index, dispatch ledger, shop-health ledger, capacity
    /// counters, webhook de-duplication and order leases, as the <see cref="ISharedRecordStore"/> (marketplace tokens
    /// shared by every instance, refreshed by one at a time), and registers an <see cref="IStoreHealthProbe"/>.
    /// The connection is opened when first needed, tolerates Redis being down at start-up and reconnects.
    /// </summary>
    public static IPodConnectBuilder UseRedis(this IPodConnectBuilder builder, string connectionString, Action<RedisStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _ = ConfigurationOptions.Parse(connectionString); // A malformed connection string fails here, at registration.
        return UseRedis(builder, _ => RedisConnectionHolder.Open(connectionString), configure);
    }

    /// <summary>
    /// Uses an existing connection (e.g. the one your app already shares) for every store, as
    /// <see cref="UseRedis(IPodConnectBuilder, string, Action{RedisStoreOptions}?)"/> does. PodConnect never disposes it.
    /// </summary>
    public static IPodConnectBuilder UseRedis(this IPodConnectBuilder builder, IConnectionMultiplexer connection, Action<RedisStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        return UseRedis(builder, _ => RedisConnectionHolder.Borrow(connection), configure);
    }

    private static IPodConnectBuilder UseRedis(IPodConnectBuilder builder, Func<IServiceProvider, RedisConnectionHolder> connect, Action<RedisStoreOptions>? configure)
    {
        var options = new RedisStoreOptions();
        configure?.Invoke(options);
        options.Validate();

        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.Replace(ServiceDescriptor.Singleton(connect));
        services.Replace(ServiceDescriptor.Singleton(sp => new RedisStoreContext(sp.GetRequiredService<RedisConnectionHolder>().Connection, options, sp.GetRequiredService<TimeProvider>())));
        services.Replace(ServiceDescriptor.Singleton<IPlacedOrderIndex>(sp => new RedisPlacedOrderIndex(sp.GetRequiredService<RedisStoreContext>())));
        services.Replace(ServiceDescriptor.Singleton<IDispatchLedgerStore>(sp => new RedisDispatchLedgerStore(sp.GetRequiredService<RedisStoreContext>())));
        services.Replace(ServiceDescriptor.Singleton<IHealthLedgerStore>(sp => new RedisHealthLedgerStore(sp.GetRequiredService<RedisStoreContext>())));
        services.Replace(ServiceDescriptor.Singleton<ICapacityCounters>(sp => new RedisCapacityCounters(sp.GetRequiredService<RedisStoreContext>())));
        services.Replace(ServiceDescriptor.Singleton<IWebhookDeduplication>(sp => new RedisWebhookDeduplication(sp.GetRequiredService<RedisStoreContext>())));
        services.Replace(ServiceDescriptor.Singleton<IOrderLeases>(sp => new RedisOrderLeases(sp.GetRequiredService<RedisStoreContext>())));
        services.Replace(ServiceDescriptor.Singleton<ISharedRecordStore>(sp => new RedisSharedRecordStore(sp.GetRequiredService<RedisStoreContext>())));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreHealthProbe, RedisHealthProbe>());
        return builder;
    }
}
