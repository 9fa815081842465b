using PodConnect.Stores;
using StackExchange.Redis;

namespace PodConnect.Redis.Stores;

/// <summary>
/// <see cref="IOrderLeases"/> on Redis: hash <c>lease:{orderId}</c> with the fencing <c>token</c>, the
/// <c>owner</c> and <c>expires</c> (Unix ms). Each operation is one Lua script, so grant, check and release
/// are atomic across instances. The hash outlives the lease by a day so tokens keep growing; a token is
/// never below <c>now × 1000</c>, so tokens keep growing even after Redis lost its data (a restart without
/// persistence), and a check also compares the owner, so equal tokens of two instances never both pass.
/// </summary>
internal sealed class RedisOrderLeases(RedisStoreContext context) : IOrderLeases
{
    private static readonly TimeSpan FenceMemory = TimeSpan.FromDays(1);

    // ARGV: now (ms), expires (ms), owner, key TTL (ms), token floor (now × 1000). Returns the token, or -1 while held.
    private const string Acquire = """
        local h = redis.call('HMGET', KEYS[1], 'token', 'expires')
        if tonumber(h[2] or '0') > tonumber(ARGV[1]) then return -1 end
        local token = math.max(tonumber(h[1] or '0') + 1, tonumber(ARGV[5]))
        redis.call('HSET', KEYS[1], 'token', string.format('%d', token), 'owner', ARGV[3], 'expires', ARGV[2])
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        return token
        """;

    // ARGV: token, owner, now (ms). 1 when the lease is the current, unexpired one.
    private const string IsCurrent = """
        local h = redis.call('HMGET', KEYS[1], 'token', 'owner', 'expires')
        if h[1] == ARGV[1] and h[2] == ARGV[2] and tonumber(h[3] or '0') > tonumber(ARGV[3]) then return 1 end
        return 0
        """;

    // ARGV: token, owner. Ends the lease but keeps the token, so the next grant is larger.
    private const string Release = """
        local h = redis.call('HMGET', KEYS[1], 'token', 'owner')
        if h[1] == ARGV[1] and h[2] == ARGV[2] then redis.call('HSET', KEYS[1], 'expires', '0') end
        return 0
        """;

    public async ValueTask<OrderLease?> TryAcquireAsync(string orderId, string owner, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        var now = context.Time.GetUtcNow();
        var nowMs = now.ToUnixTimeMilliseconds();
        var expires = now + duration;
        var ttl = (long)Math.Ceiling((duration + FenceMemory).TotalMilliseconds);
        try
        {
            var token = (long)await context.Database.ScriptEvaluateAsync(
                Acquire, [RedisKeys.Lease(orderId)], [nowMs, expires.ToUnixTimeMilliseconds(), owner, ttl, nowMs * 1000]).ConfigureAwait(false);
            return token < 0 ? null : new OrderLease(orderId, owner, token, expires);
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("lease", e);
        }
    }

    public async ValueTask<bool> IsCurrentAsync(OrderLease lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        try
        {
            var current = await context.Database.ScriptEvaluateAsync(
                IsCurrent, [RedisKeys.Lease(lease.OrderId)], [lease.FencingToken, lease.Owner, context.NowMilliseconds]).ConfigureAwait(false);
            return (long)current == 1;
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("lease", e);
        }
    }

    public async ValueTask ReleaseAsync(OrderLease lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        try
        {
            await context.Database.ScriptEvaluateAsync(Release, [RedisKeys.Lease(lease.OrderId)], [lease.FencingToken, lease.Owner]).ConfigureAwait(false);
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("lease", e);
        }
    }
}
