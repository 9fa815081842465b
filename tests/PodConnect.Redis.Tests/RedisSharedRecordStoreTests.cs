using Microsoft.Extensions.Time.Testing;
using PodConnect.Redis.Stores;
using PodConnect.Redis.Tests.Infrastructure;

namespace PodConnect.Redis.Tests;

/// <summary>The shared record store marketplace packages keep their tokens in: one value for all instances, one lock holder at a time.</summary>
[RequiresRedis]
public sealed class RedisSharedRecordStoreTests
{
    private readonly RedisSharedRecordStore _a;
    private readonly RedisSharedRecordStore _b;

    public RedisSharedRecordStoreTests()
    {
        var options = RedisServer.FreshOptions();
        var time = new FakeTimeProvider();
        _a = new RedisSharedRecordStore(new RedisStoreContext(RedisServer.Connection, options, time));
        _b = new RedisSharedRecordStore(new RedisStoreContext(RedisServer.Connect(RedisServer.RequiredAddress), options, time));
    }

    [Fact]
    public async Task A_record_written_by_one_instance_is_read_replaced_and_removed_by_another()
    {
        await _a.SetAsync("tiktokshop-token", "seller-1", "v1"u8.ToArray());
        Assert.Equal("v1"u8.ToArray(), await _b.GetAsync("tiktokshop-token", "seller-1"));

        await _b.SetAsync("tiktokshop-token", "seller-1", "v2"u8.ToArray());
        Assert.Equal("v2"u8.ToArray(), await _a.GetAsync("tiktokshop-token", "seller-1"));

        await _a.RemoveAsync("tiktokshop-token", "seller-1");
        Assert.Null(await _b.GetAsync("tiktokshop-token", "seller-1"));
    }

    [Fact]
    public async Task One_lock_holder_at_a_time_and_only_the_holder_releases()
    {
        Assert.True(await _a.TryLockAsync("tiktokshop-token", "seller-1", "instance-a", TimeSpan.FromSeconds(30)));
        Assert.False(await _b.TryLockAsync("tiktokshop-token", "seller-1", "instance-b", TimeSpan.FromSeconds(30)));

        await _b.ReleaseLockAsync("tiktokshop-token", "seller-1", "instance-b");
        Assert.False(await _b.TryLockAsync("tiktokshop-token", "seller-1", "instance-b", TimeSpan.FromSeconds(30)));

        await _a.ReleaseLockAsync("tiktokshop-token", "seller-1", "instance-a");
        Assert.True(await _b.TryLockAsync("tiktokshop-token", "seller-1", "instance-b", TimeSpan.FromSeconds(30)));
    }
}
