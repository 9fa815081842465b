using PodConnect.Stores;
using StackExchange.Redis;

namespace PodConnect.Redis.Stores;

/// <summary>
/// <see cref="IWebhookDeduplication"/> on Redis: key <c>dedup:{source}:{key}</c> holds the instant (Unix ms)
/// until which the delivery is remembered; the key's own TTL is the retention, so Redis forgets it by itself.
/// </summary>
internal sealed class RedisWebhookDeduplication(RedisStoreContext context) : IWebhookDeduplication
{
    // Judged by the caller's clock (ARGV[1] = now) so expiry matches the in-memory store's; one round trip.
    private const string MarkSeen = """
        local kept = tonumber(redis.call('GET', KEYS[1]))
        if kept and kept > tonumber(ARGV[1]) then return 0 end
        redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
        return 1
        """;

    public async ValueTask<bool> TryMarkSeenAsync(string source, string key, TimeSpan retention, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retention, TimeSpan.Zero);
        var now = context.NowMilliseconds;
        var ttl = (long)Math.Ceiling(retention.TotalMilliseconds);
        try
        {
            var added = await context.Database.ScriptEvaluateAsync(MarkSeen, [RedisKeys.Dedup(source, key)], [now, now + ttl, ttl]).ConfigureAwait(false);
            return (long)added == 1;
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("dedup", e);
        }
    }
}
