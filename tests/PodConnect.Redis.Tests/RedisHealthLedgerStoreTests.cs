using Microsoft.Extensions.Time.Testing;
using PodConnect.Health;
using PodConnect.Redis.Stores;
using PodConnect.Redis.Tests.Contracts;
using PodConnect.Redis.Tests.Infrastructure;

namespace PodConnect.Redis.Tests;

/// <summary>What the Redis layout adds beyond the contract: free-text shop ids never collide, windows are exact to the tick.</summary>
[RequiresRedis]
public sealed class RedisHealthLedgerStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly RedisHealthLedgerStore _store = new(RedisContexts.Fresh(new FakeTimeProvider(Now)));

    [Fact]
    public async Task Shop_ids_containing_the_key_separator_never_reach_another_shops_order()
    {
        // Unescaped, both would be health:a:b:c.
        await _store.RecordAsync(new OrderHealthRecord("a:b", "c", Now) { DeliveredAt = Now });
        await _store.RecordAsync(new OrderHealthRecord("a", "b:c", Now) { CancelledAt = Now });

        Assert.Equal((Now, (DateTimeOffset?)null), ((await _store.FindAsync("a:b", "c"))?.DeliveredAt, (await _store.FindAsync("a:b", "c"))?.CancelledAt));
        Assert.Equal(((DateTimeOffset?)null, Now), ((await _store.FindAsync("a", "b:c"))?.DeliveredAt, (await _store.FindAsync("a", "b:c"))?.CancelledAt));
        Assert.Equal(["a", "a:b"], (await _store.GetShopIdsAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Reading_and_pruning_are_exact_to_the_tick_within_one_millisecond()
    {
        var before = new OrderHealthRecord("shop", "1", Now.AddTicks(4));
        var at = new OrderHealthRecord("shop", "2", Now.AddTicks(5));
        await _store.RecordAsync(before);
        await _store.RecordAsync(at);

        Assert.Equal(["2"], (await _store.ReadShopAsync("shop", Now.AddTicks(5))).Select(r => r.OrderId));
        Assert.Equal(1, await _store.PruneAsync(Now.AddTicks(5)));
        Assert.Null(await _store.FindAsync("shop", "1"));
        Assert.Equal(at, await _store.FindAsync("shop", "2"));
    }

    [Fact]
    public async Task A_shop_whose_last_record_is_pruned_is_no_longer_listed()
    {
        await _store.RecordAsync(new OrderHealthRecord("gone", "1", Now.AddDays(-60)));
        await _store.RecordAsync(new OrderHealthRecord("kept", "2", Now));

        Assert.Equal(1, await _store.PruneAsync(Now.AddDays(-45)));

        Assert.Equal(["kept"], await _store.GetShopIdsAsync());
    }
}
