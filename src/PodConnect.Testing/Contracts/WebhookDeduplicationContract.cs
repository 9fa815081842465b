using Microsoft.Extensions.Time.Testing;
using PodConnect.Stores;
using Xunit;

namespace PodConnect.Testing.Contracts;

/// <summary>
/// The contract every <see cref="IWebhookDeduplication"/> must keep. Derive a class and override
/// <see cref="CreateStore"/>; retention is judged by the <see cref="TimeProvider"/> passed to it.
/// </summary>
public abstract class WebhookDeduplicationContract
{
    /// <summary>The clock the tests drive.</summary>
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Creates an empty store judging retention by <paramref name="time"/>; each call gives an independent one.</summary>
    protected abstract IWebhookDeduplication CreateStore(TimeProvider time);

    private static string NewKey() => "evt-" + Guid.NewGuid().ToString("N");

    /// <summary>A key is new once, then a duplicate while remembered.</summary>
    [Fact]
    public async Task A_key_is_new_once()
    {
        var store = CreateStore(Time);
        var key = NewKey();

        Assert.True(await store.TryMarkSeenAsync("tiktokshop", key, TimeSpan.FromDays(3)));
        Assert.False(await store.TryMarkSeenAsync("tiktokshop", key, TimeSpan.FromDays(3)));
        Time.Advance(TimeSpan.FromDays(2));
        Assert.False(await store.TryMarkSeenAsync("tiktokshop", key, TimeSpan.FromDays(3)));
    }

    /// <summary>The same key from two sources is two deliveries.</summary>
    [Fact]
    public async Task Sources_do_not_collide()
    {
        var store = CreateStore(Time);
        var key = NewKey();

        Assert.True(await store.TryMarkSeenAsync("gelato", key, TimeSpan.FromHours(1)));
        Assert.True(await store.TryMarkSeenAsync("printful", key, TimeSpan.FromHours(1)));
    }

    /// <summary>After its retention a key is forgotten and counts as new again.</summary>
    [Fact]
    public async Task A_key_is_forgotten_after_its_retention()
    {
        var store = CreateStore(Time);
        var key = NewKey();
        await store.TryMarkSeenAsync("tiktokshop", key, TimeSpan.FromHours(1));

        Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        Assert.True(await store.TryMarkSeenAsync("tiktokshop", key, TimeSpan.FromHours(1)));
    }

    /// <summary>Of many concurrent deliveries of one event exactly one is new.</summary>
    [Fact]
    public async Task Concurrent_redeliveries_are_new_once()
    {
        var store = CreateStore(Time);
        var key = NewKey();
        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(async () => await store.TryMarkSeenAsync("tiktokshop", key, TimeSpan.FromHours(1)))));

        Assert.Single(results, r => r);
    }
}
