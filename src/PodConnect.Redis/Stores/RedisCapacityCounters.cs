using PodConnect.Stores;
using StackExchange.Redis;

namespace PodConnect.Redis.Stores;

/// <summary>
/// <see cref="ICapacityCounters"/> on Redis: integer <c>capacity:{yyyy-MM-dd}:{facility}</c>. Check and book
/// run in one Lua script, so concurrent instances never overbook a facility's day.
/// </summary>
internal sealed class RedisCapacityCounters(RedisStoreContext context) : ICapacityCounters
{
    // ARGV: units, capacity, TTL (ms). Returns { reserved (0/1), booked }.
    private const string Reserve = """
        local booked = tonumber(redis.call('GET', KEYS[1]) or '0')
        local units = tonumber(ARGV[1])
        if booked + units > tonumber(ARGV[2]) then return { 0, booked } end
        booked = redis.call('INCRBY', KEYS[1], units)
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        return { 1, booked }
        """;

    // ARGV: units. Never below zero.
    private const string Give = """
        local booked = tonumber(redis.call('GET', KEYS[1]) or '0')
        if booked == 0 then return 0 end
        local left = math.max(0, booked - tonumber(ARGV[1]))
        redis.call('SET', KEYS[1], left, 'KEEPTTL')
        return left
        """;

    public async ValueTask<CapacityReservation> TryReserveAsync(string facilityId, DateOnly day, int units, int capacity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(facilityId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(units);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        try
        {
            var result = (RedisResult[])(await context.Database.ScriptEvaluateAsync(
                Reserve, [RedisKeys.Capacity(facilityId, day)], [units, capacity, (long)context.Options.RecordRetention.TotalMilliseconds]).ConfigureAwait(false))!;
            return new CapacityReservation((long)result[0] == 1, (int)result[1]);
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("reserve", e);
        }
    }

    public async ValueTask ReleaseAsync(string facilityId, DateOnly day, int units, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(facilityId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(units);
        try
        {
            await context.Database.ScriptEvaluateAsync(Give, [RedisKeys.Capacity(facilityId, day)], [units]).ConfigureAwait(false);
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("release", e);
        }
    }

    public async ValueTask<int> GetBookedAsync(string facilityId, DateOnly day, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(facilityId);
        try
        {
            var booked = await context.Database.StringGetAsync(RedisKeys.Capacity(facilityId, day)).ConfigureAwait(false);
            return booked.IsNull ? 0 : (int)booked;
        }
        catch (Exception e) when (RedisFailure.IsUnavailable(e))
        {
            throw RedisFailure.Unavailable("capacity", e);
        }
    }
}
