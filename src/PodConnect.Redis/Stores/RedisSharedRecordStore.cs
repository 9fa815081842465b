using PodConnect.Stores;
using StackExchange.Redis;

namespace PodConnect.Redis.Stores;

/// <summary>
/// <see cref="ISharedRecordStore"/> on Redis: the value at <c>record:{scope}:{key}</c> (no expiry) and the lock at
/// <c>lock:{scope}:{key}</c> (SET NX with Redis's own TTL: a lock held by a killed instance lapses by itself).
/// </summary>
internal sealed class RedisSharedRecordStore(RedisStoreContext context) : ISharedRecordStore
{
    private const string Unlock = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;

    public async ValueTask<byte[]?> GetAsync(string scope, string key, CancellationToken cancellationToken = default)
    {
        var record = RecordKey(scope, key);
        try
        {
            var value = await context.Database.StringGetAsync(record).ConfigureAwait(false);
            return value.IsNull ? null : (byte[])value!;
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("record", e);
        }
    }

    public async ValueTask SetAsync(string scope, string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default)
    {
        var record = RecordKey(scope, key);
        try
        {
            await context.Database.StringSetAsync(record, value).ConfigureAwait(false);
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("record", e);
        }
    }

    public async ValueTask RemoveAsync(string scope, string key, CancellationToken cancellationToken = default)
    {
        var record = RecordKey(scope, key);
        try
        {
            await context.Database.KeyDeleteAsync(record).ConfigureAwait(false);
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("record", e);
        }
    }

    public async ValueTask<bool> TryLockAsync(string scope, string key, string owner, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        var lockKey = LockKey(scope, key);
        try
        {
            return await context.Database.StringSetAsync(lockKey, owner, duration, When.NotExists).ConfigureAwait(false);
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("lock", e);
        }
    }

    public async ValueTask ReleaseLockAsync(string scope, string key, string owner, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var lockKey = LockKey(scope, key);
        try
        {
            await context.Database.ScriptEvaluateAsync(Unlock, [lockKey], [owner]).ConfigureAwait(false);
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("lock", e);
        }
    }

    private static RedisKey RecordKey(string scope, string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return $"record:{scope}:{key}";
    }

    private static RedisKey LockKey(string scope, string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return $"lock:{scope}:{key}";
    }
}
