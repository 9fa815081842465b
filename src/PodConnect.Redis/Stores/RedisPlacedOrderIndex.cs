using PodConnect.Stores;
using StackExchange.Redis;

namespace PodConnect.Redis.Stores;

/// <summary>
/// <see cref="IPlacedOrderIndex"/> on Redis: JSON at <c>placed:{orderId}</c>, the reverse look-up at
/// <c>placed-by-provider:{provider}:{providerOrderId}</c>, and <c>placed-coverage-start</c> set once on
/// first use. The first intent wins atomically (one script). Records expire after
/// <see cref="RedisStoreOptions.RecordRetention"/>, so coverage never reaches further back than that.
/// </summary>
internal sealed class RedisPlacedOrderIndex(RedisStoreContext context) : IPlacedOrderIndex
{
    // KEYS: record, coverage start[, by-provider]. ARGV: json, now (ms), TTL (ms), order id. Nil when added, else the record there.
    private const string Add = """
        redis.call('SET', KEYS[2], ARGV[2], 'NX')
        local existing = redis.call('GET', KEYS[1])
        if existing then return existing end
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
        if KEYS[3] then redis.call('SET', KEYS[3], ARGV[4], 'PX', ARGV[3]) end
        return false
        """;

    // KEYS: record[, by-provider]. ARGV: json, TTL (ms), order id.
    private const string Update = """
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        if KEYS[2] then redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[2]) end
        return 0
        """;

    // KEYS: coverage start. ARGV: now (ms). The instant of first use.
    private const string Coverage = """
        redis.call('SET', KEYS[1], ARGV[1], 'NX')
        return redis.call('GET', KEYS[1])
        """;

    public async ValueTask<DateTimeOffset> GetCoverageStartAsync(CancellationToken cancellationToken = default)
    {
        var now = context.Time.GetUtcNow();
        try
        {
            var first = (long)await context.Database.ScriptEvaluateAsync(Coverage, [RedisKeys.PlacedCoverageStart], [now.ToUnixTimeMilliseconds()]).ConfigureAwait(false);
            var start = DateTimeOffset.FromUnixTimeMilliseconds(first);
            var oldestKept = now - context.Options.RecordRetention;
            return start > oldestKept ? start : oldestKept;
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("index", e);
        }
    }

    public async ValueTask<PlacedOrder?> TryAddAsync(PlacedOrder order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        var key = RedisKeys.Placed(order.OrderId);
        RedisKey[] keys = order.ProviderOrderId is { } providerOrderId
            ? [key, RedisKeys.PlacedCoverageStart, RedisKeys.PlacedByProvider(order.Provider, providerOrderId)]
            : [key, RedisKeys.PlacedCoverageStart];
        try
        {
            var existing = await context.Database.ScriptEvaluateAsync(
                Add, keys, [RedisJson.Write(order), context.NowMilliseconds, TtlMilliseconds, order.OrderId]).ConfigureAwait(false);
            return existing.IsNull ? null : RedisJson.ReadPlacedOrder((RedisValue)existing, key!);
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("index", e);
        }
    }

    public async ValueTask UpdateAsync(PlacedOrder order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        RedisKey[] keys = order.ProviderOrderId is { } providerOrderId
            ? [RedisKeys.Placed(order.OrderId), RedisKeys.PlacedByProvider(order.Provider, providerOrderId)]
            : [RedisKeys.Placed(order.OrderId)];
        try
        {
            await context.Database.ScriptEvaluateAsync(Update, keys, [RedisJson.Write(order), TtlMilliseconds, order.OrderId]).ConfigureAwait(false);
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("index", e);
        }
    }

    public async ValueTask<PlacedOrder?> FindAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orderId);
        var key = RedisKeys.Placed(orderId);
        try
        {
            var value = await context.Database.StringGetAsync(key).ConfigureAwait(false);
            return value.IsNull ? null : RedisJson.ReadPlacedOrder(value, key!);
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("index", e);
        }
    }

    public async ValueTask<PlacedOrder?> FindByProviderOrderAsync(string provider, string providerOrderId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(providerOrderId);
        RedisValue orderId;
        try
        {
            orderId = await context.Database.StringGetAsync(RedisKeys.PlacedByProvider(provider, providerOrderId)).ConfigureAwait(false);
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("index", e);
        }

        return orderId.IsNull ? null : await FindAsync(orderId!, cancellationToken).ConfigureAwait(false);
    }

    private long TtlMilliseconds => (long)context.Options.RecordRetention.TotalMilliseconds;
}
