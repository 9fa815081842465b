using Microsoft.Extensions.Time.Testing;
using PodConnect.Dispatch;
using PodConnect.Stores;
using Xunit;

namespace PodConnect.Testing.Contracts;

/// <summary>The contract every <see cref="IDispatchLedgerStore"/> must keep. Derive a class and override <see cref="CreateStore"/>.</summary>
public abstract class DispatchLedgerStoreContract
{
    /// <summary>The clock the tests drive.</summary>
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Creates an empty store; each call gives an independent one.</summary>
    protected abstract IDispatchLedgerStore CreateStore(TimeProvider time);

    private static string NewOrderId() => "57" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>A dispatch is recorded once; a second record for the same order is refused and the first kept.</summary>
    [Fact]
    public async Task A_dispatch_is_recorded_once()
    {
        var store = CreateStore(Time);
        var id = NewOrderId();
        var now = Time.GetUtcNow();
        var first = new DispatchRecord(id, now.AddDays(2), now);

        Assert.True(await store.TryRecordAsync(first));
        Assert.False(await store.TryRecordAsync(new DispatchRecord(id, now.AddDays(2), now.AddHours(5))));

        Assert.Equal(first, await store.FindAsync(id));
        Assert.Null(await store.FindAsync(NewOrderId()));
    }

    /// <summary>Of many concurrent records for one order exactly one is recorded.</summary>
    [Fact]
    public async Task Concurrent_records_of_one_order_count_once()
    {
        var store = CreateStore(Time);
        var id = NewOrderId();
        var now = Time.GetUtcNow();
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () => await store.TryRecordAsync(new DispatchRecord(id, now.AddDays(2), now.AddMinutes(i))))));

        Assert.Single(results, r => r);
    }

    /// <summary>Reading since an instant returns the dispatches at or after it, with their deadlines, so a late one stays late.</summary>
    [Fact]
    public async Task Reads_dispatches_since_an_instant()
    {
        var store = CreateStore(Time);
        var now = Time.GetUtcNow();
        var old = new DispatchRecord(NewOrderId(), now.AddDays(-40), now.AddDays(-39));
        var onTime = new DispatchRecord(NewOrderId(), now.AddDays(1), now);
        var late = new DispatchRecord(NewOrderId(), now.AddHours(-1), now.AddHours(1));
        foreach (var r in new[] { old, onTime, late })
        {
            await store.TryRecordAsync(r);
        }

        var recent = await store.ReadSinceAsync(now.AddDays(-30));

        Assert.Contains(onTime, recent);
        Assert.Contains(late, recent);
        Assert.DoesNotContain(old, recent);
        Assert.True(recent.Single(r => r.OrderId == late.OrderId).IsLate);
    }
}
