using Microsoft.Extensions.Time.Testing;
using PodConnect.Redis.Stores;
using PodConnect.Redis.Tests.Infrastructure;
using StackExchange.Redis;
using StackExchange.Redis.KeyspaceIsolation;

namespace PodConnect.Redis.Tests;

/// <summary>What the shared lease store adds beyond the contract kit: fencing across instances and across a Redis that lost its data.</summary>
[RequiresRedis]
public sealed class RedisLeaseFencingTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Two_instances_sharing_Redis_never_hold_one_order_at_once_and_the_paused_one_is_fenced_off()
    {
        var options = RedisServer.FreshOptions();
        var a = new RedisOrderLeases(new RedisStoreContext(RedisServer.Connection, options, _time));
        var b = new RedisOrderLeases(new RedisStoreContext(RedisServer.Connect(RedisServer.RequiredAddress), options, _time));

        var paused = (await a.TryAcquireAsync("5770001", "instance-a", TimeSpan.FromMinutes(2)))!;
        Assert.Null(await b.TryAcquireAsync("5770001", "instance-b", TimeSpan.FromMinutes(2)));

        _time.Advance(TimeSpan.FromMinutes(3)); // instance A stalls (a GC pause, a slow call) past its lease
        var successor = (await b.TryAcquireAsync("5770001", "instance-b", TimeSpan.FromMinutes(2)))!;

        Assert.False(await a.IsCurrentAsync(paused));
        Assert.True(await b.IsCurrentAsync(successor));
        await a.ReleaseAsync(paused); // a late release by the stalled holder must not free its successor's order
        Assert.True(await a.IsCurrentAsync(successor));
        Assert.True(successor.FencingToken > paused.FencingToken);
    }

    [Fact]
    public async Task After_Redis_lost_its_data_a_new_grant_still_fences_off_the_old_holder()
    {
        var options = RedisServer.FreshOptions();
        var leases = new RedisOrderLeases(new RedisStoreContext(RedisServer.Connection, options, _time));
        var before = (await leases.TryAcquireAsync("5770002", "instance-a", TimeSpan.FromMinutes(2)))!;

        // A restart without persistence: the lease hash is gone, the clock has not moved.
        await RedisServer.Connection.GetDatabase().WithKeyPrefix(options.KeyPrefix + ":").KeyDeleteAsync("lease:5770002");
        var after = (await leases.TryAcquireAsync("5770002", "instance-b", TimeSpan.FromMinutes(2)))!;

        Assert.True(after.FencingToken >= before.FencingToken);
        Assert.False(await leases.IsCurrentAsync(before));
        Assert.True(await leases.IsCurrentAsync(after));
    }
}
