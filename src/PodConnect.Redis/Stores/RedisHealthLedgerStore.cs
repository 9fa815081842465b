using PodConnect.Health;
using StackExchange.Redis;

namespace PodConnect.Redis.Stores;

/// <summary>
/// <see cref="IHealthLedgerStore"/> on Redis: hash <c>health:{shopId}:{orderId}</c> (fields in
/// <see cref="RedisHealthFields"/>), the sorted set <c>health-by-created:{shopId}</c> (score: created at, Unix ms)
/// for reading a window, and the set <c>health-shops</c>. Recording is one Lua script: HSET of only the fields the
/// record sets is the field-by-field merge, so concurrent partial records of one order all survive. Records keep
/// <see cref="RedisStoreOptions.RecordRetention"/> from their last write; index entries created before it are pruned.
/// </summary>
internal sealed class RedisHealthLedgerStore(RedisStoreContext context) : IHealthLedgerStore
{
    // KEYS: record, by-created, shops. ARGV: TTL (ms), score, order id, shop id, prune below (ms), then field/value pairs.
    private const string Record = """
        redis.call('HSET', KEYS[1], unpack(ARGV, 6))
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
        redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[5])
        redis.call('SADD', KEYS[3], ARGV[4])
        return 1
        """;

    // KEYS: record, by-created, shops. ARGV: created as read (ticks), order id, shop id. Deletes the record only if
    // it was not re-recorded with another creation instant meanwhile; forgets the shop with its last record. 1 when deleted.
    private const string Forget = """
        local created = redis.call('HGET', KEYS[1], 'created')
        local deleted = 0
        if created == ARGV[1] then deleted = redis.call('DEL', KEYS[1]) end
        if created == ARGV[1] or not created then redis.call('ZREM', KEYS[2], ARGV[2]) end
        if redis.call('ZCARD', KEYS[2]) == 0 then redis.call('SREM', KEYS[3], ARGV[3]) end
        return deleted
        """;

    public async ValueTask RecordAsync(OrderHealthRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.ShopId, nameof(record));
        ArgumentException.ThrowIfNullOrWhiteSpace(record.OrderId, nameof(record));
        var retention = context.Options.RecordRetention;
        var fields = RedisHealthFields.Write(record);
        var args = new RedisValue[5 + fields.Count];
        args[0] = (long)retention.TotalMilliseconds;
        args[1] = record.CreatedAt.ToUnixTimeMilliseconds();
        args[2] = record.OrderId;
        args[3] = record.ShopId;
        args[4] = (context.Time.GetUtcNow() - retention).ToUnixTimeMilliseconds();
        fields.CopyTo(args, 5);
        try
        {
            await context.Database.ScriptEvaluateAsync(
                Record, [RedisKeys.Health(record.ShopId, record.OrderId), RedisKeys.HealthByCreated(record.ShopId), RedisKeys.HealthShops], args).ConfigureAwait(false);
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("health", e);
        }
    }

    public async ValueTask<OrderHealthRecord?> FindAsync(string shopId, string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shopId);
        ArgumentNullException.ThrowIfNull(orderId);
        var key = RedisKeys.Health(shopId, orderId);
        try
        {
            var fields = await context.Database.HashGetAllAsync(key).ConfigureAwait(false);
            return fields.Length == 0 ? null : RedisHealthFields.Read(shopId, orderId, fields, key!);
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("health", e);
        }
    }

    public async ValueTask<IReadOnlyList<OrderHealthRecord>> ReadShopAsync(string shopId, DateTimeOffset createdSince, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shopId);
        try
        {
            // Scores are whole milliseconds: start at the instant's millisecond and compare ticks below.
            var ids = await context.Database.SortedSetRangeByScoreAsync(RedisKeys.HealthByCreated(shopId), start: FloorMilliseconds(createdSince)).ConfigureAwait(false);
            var batch = context.Database.CreateBatch();
            var reads = Array.ConvertAll(ids, id => batch.HashGetAllAsync(RedisKeys.Health(shopId, id!)));
            batch.Execute();
            var records = new List<OrderHealthRecord>(ids.Length);
            for (var i = 0; i < ids.Length; i++)
            {
                // A record past its retention may outlive its index entry by a moment; it is simply gone.
                var fields = await reads[i].ConfigureAwait(false);
                if (fields.Length > 0 && RedisHealthFields.Read(shopId, ids[i]!, fields, RedisKeys.Health(shopId, ids[i]!)!) is var record && record.CreatedAt >= createdSince)
                {
                    records.Add(record);
                }
            }

            return records;
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("health", e);
        }
    }

    public async ValueTask<IReadOnlyList<string>> GetShopIdsAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var shops = await context.Database.SetMembersAsync(RedisKeys.HealthShops).ConfigureAwait(false);
            return Array.ConvertAll(shops, shop => (string)shop!);
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("health", e);
        }
    }

    public async ValueTask<int> PruneAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken = default)
    {
        var pruned = 0;
        foreach (var shopId in await GetShopIdsAsync(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            pruned += await PruneShopAsync(shopId, createdBefore).ConfigureAwait(false);
        }

        return pruned;
    }

    private async ValueTask<int> PruneShopAsync(string shopId, DateTimeOffset createdBefore)
    {
        var byCreated = RedisKeys.HealthByCreated(shopId);
        try
        {
            // Candidates up to the instant's millisecond; the ticks decide, and the script deletes only what was read.
            var ids = await context.Database.SortedSetRangeByScoreAsync(byCreated, stop: FloorMilliseconds(createdBefore)).ConfigureAwait(false);
            var pruned = 0;
            foreach (var id in ids)
            {
                var key = RedisKeys.Health(shopId, id!);
                var created = await context.Database.HashGetAsync(key, RedisHealthFields.Created).ConfigureAwait(false);
                if (created.IsNull || RedisHealthFields.ReadCreated(created, key!) < createdBefore)
                {
                    var deleted = await context.Database.ScriptEvaluateAsync(Forget, [key, byCreated, RedisKeys.HealthShops], [created.IsNull ? RedisValue.EmptyString : created, id, shopId]).ConfigureAwait(false);
                    pruned += (int)deleted;
                }
            }

            return pruned;
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("health", e);
        }
    }

    private static long FloorMilliseconds(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();
}
