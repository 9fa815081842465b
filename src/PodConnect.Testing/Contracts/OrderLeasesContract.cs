using Microsoft.Extensions.Time.Testing;
using PodConnect.Stores;
using Xunit;

namespace PodConnect.Testing.Contracts;

/// <summary>
/// The contract every <see cref="IOrderLeases"/> must keep: one holder per order, expiry, and fencing
/// tokens that grow with every grant. Derive a class and override <see cref="CreateLeases"/>; expiry is
/// judged by the <see cref="TimeProvider"/> passed to it.
/// </summary>
public abstract class OrderLeasesContract
{
    /// <summary>The clock the tests drive.</summary>
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Creates an empty lease store judging expiry by <paramref name="time"/>; each call gives an independent one.</summary>
    protected abstract IOrderLeases CreateLeases(TimeProvider time);

    private static string NewOrderId() => "57" + Guid.NewGuid().ToString("N")[..16];

    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(2);

    /// <summary>While one lease holds an order no other is granted; other orders are independent.</summary>
    [Fact]
    public async Task One_holder_per_order()
    {
        var leases = CreateLeases(Time);
        var id = NewOrderId();

        var first = await leases.TryAcquireAsync(id, "instance-a", Duration);
        Assert.NotNull(first);
        Assert.Null(await leases.TryAcquireAsync(id, "instance-b", Duration));
        Assert.NotNull(await leases.TryAcquireAsync(NewOrderId(), "instance-b", Duration));
        Assert.True(await leases.IsCurrentAsync(first));
    }

    /// <summary>A released lease frees the order at once; the next grant carries a larger fencing token.</summary>
    [Fact]
    public async Task Release_frees_the_order_and_tokens_grow()
    {
        var leases = CreateLeases(Time);
        var id = NewOrderId();
        var first = (await leases.TryAcquireAsync(id, "instance-a", Duration))!;

        await leases.ReleaseAsync(first);
        var second = await leases.TryAcquireAsync(id, "instance-b", Duration);

        Assert.NotNull(second);
        Assert.True(second.FencingToken > first.FencingToken);
        Assert.False(await leases.IsCurrentAsync(first));
    }

    /// <summary>A lease lapses at its expiry: the stalled holder is no longer current and cannot release its successor.</summary>
    [Fact]
    public async Task An_expired_lease_is_replaced_and_fenced_off()
    {
        var leases = CreateLeases(Time);
        var id = NewOrderId();
        var stalled = (await leases.TryAcquireAsync(id, "instance-a", Duration))!;

        Time.Advance(Duration + TimeSpan.FromSeconds(1));
        Assert.False(await leases.IsCurrentAsync(stalled));
        var successor = (await leases.TryAcquireAsync(id, "instance-b", Duration))!;
        await leases.ReleaseAsync(stalled);

        Assert.True(successor.FencingToken > stalled.FencingToken);
        Assert.True(await leases.IsCurrentAsync(successor));
        Assert.Null(await leases.TryAcquireAsync(id, "instance-c", Duration));
    }

    /// <summary>Of many concurrent attempts on one order exactly one is granted.</summary>
    [Fact]
    public async Task Concurrent_attempts_grant_one_lease()
    {
        var leases = CreateLeases(Time);
        var id = NewOrderId();
        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => Task.Run(async () => await leases.TryAcquireAsync(id, "instance-" + i, Duration))));

        Assert.Single(results, r => r is not null);
    }
}
