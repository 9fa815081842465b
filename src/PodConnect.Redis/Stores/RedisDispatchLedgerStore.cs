using PodConnect.Dispatch;
using PodConnect.Stores;
using StackExchange.Redis;

namespace PodConnect.Redis.Stores;

/// <summary>
/// <see cref="IDispatchLedgerStore"/> on Redis: JSON at <c>dispatch:{orderId}</c> (written once, atomically)
/// and the sorted set <c>dispatch-by-time</c> (score: dispatched at, Unix ms) for reading a window. Both
/// keep <see cref="RedisStoreOptions.RecordRetention"/>.
/// </summary>
internal sealed class RedisDispatchLedgerStore(RedisStoreContext context) : IDispatchLedgerStore
{
    // KEYS: record, by-time. ARGV: json, TTL (ms), score, order id, prune below (ms). 1 when this call recorded it.
    private const string Record = """
        if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 0 end
        redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
        redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[5])
        return 1
        """;

    public async ValueTask<bool> TryRecordAsync(DispatchRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(record.OrderId, nameof(record));
        var retention = context.Options.RecordRetention;
        try
        {
            var recorded = await context.Database.ScriptEvaluateAsync(
                Record,
                [RedisKeys.Dispatch(record.OrderId), RedisKeys.DispatchByTime],
                [RedisJson.Write(record), (long)retention.TotalMilliseconds, record.DispatchedAt.ToUnixTimeMilliseconds(), record.OrderId, (context.Time.GetUtcNow() - retention).ToUnixTimeMilliseconds()]).ConfigureAwait(false);
            return (long)recorded == 1;
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("ledger", e);
        }
    }

    public async ValueTask<DispatchRecord?> FindAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orderId);
        var key = RedisKeys.Dispatch(orderId);
        try
        {
            var value = await context.Database.StringGetAsync(key).ConfigureAwait(false);
            return value.IsNull ? null : RedisJson.ReadDispatch(value, key!);
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("ledger", e);
        }
    }

    public async ValueTask<IReadOnlyList<DispatchRecord>> ReadSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        try
        {
            var ids = await context.Database.SortedSetRangeByScoreAsync(RedisKeys.DispatchByTime, start: since.ToUnixTimeMilliseconds()).ConfigureAwait(false);
            if (ids.Length == 0)
            {
                return [];
            }

            var keys = Array.ConvertAll(ids, id => RedisKeys.Dispatch(id!));
            var values = await context.Database.StringGetAsync(keys).ConfigureAwait(false);
            var records = new List<DispatchRecord>(values.Length);
            for (var i = 0; i < values.Length; i++)
            {
                // A record past its retention may outlive its entry in the set by a moment; it is simply gone.
                if (!values[i].IsNull && RedisJson.ReadDispatch(values[i], keys[i]!) is var record && record.DispatchedAt >= since)
                {
                    records.Add(record);
                }
            }

            return records;
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("ledger", e);
        }
    }
}
