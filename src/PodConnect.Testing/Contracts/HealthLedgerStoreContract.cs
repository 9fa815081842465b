using Microsoft.Extensions.Time.Testing;
using PodConnect.Domain;
using PodConnect.Health;
using Xunit;

namespace PodConnect.Testing.Contracts;

/// <summary>The contract every <see cref="IHealthLedgerStore"/> must keep. Derive a class and override <see cref="CreateStore"/>.</summary>
public abstract class HealthLedgerStoreContract
{
    /// <summary>The clock the tests drive.</summary>
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Creates an empty store; each call gives an independent one.</summary>
    protected abstract IHealthLedgerStore CreateStore(TimeProvider time);

    private static string NewShopId() => "shop-" + Guid.NewGuid().ToString("N")[..8];

    private static string NewOrderId() => "57" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>Every field survives a round trip, instants to the tick with their offset's instant, and the market.</summary>
    [Fact]
    public async Task A_record_round_trips_every_field()
    {
        var store = CreateStore(Time);
        var now = Time.GetUtcNow();
        var record = new OrderHealthRecord(NewShopId(), NewOrderId(), now.AddDays(-3))
        {
            Market = CountryCode.DE,
            DispatchBy = now.AddDays(-1),
            DispatchedAt = now.AddDays(-2).AddTicks(7),
            CollectedAt = now.AddDays(-1).AddHours(2),
            DeliverBy = now.AddDays(2),
            DeliveredAt = now.AddHours(-1),
            ShippingDue = now.AddDays(1),
            CancelledAt = now.AddMinutes(-5),
            SellerFault = false,
            PredictedDispatch = now.AddDays(-2),
            PredictedDelivery = now.AddDays(1),
        };

        await store.RecordAsync(record);

        Assert.Equal(record, await store.FindAsync(record.ShopId, record.OrderId));
        Assert.Null(await store.FindAsync(record.ShopId, NewOrderId()));
        Assert.Null(await store.FindAsync(NewShopId(), record.OrderId));
    }

    /// <summary>Recording an order again merges: fields the new record sets win, fields it leaves empty are kept.</summary>
    [Fact]
    public async Task Recording_again_merges_instead_of_replacing()
    {
        var store = CreateStore(Time);
        var now = Time.GetUtcNow();
        var shop = NewShopId();
        var id = NewOrderId();
        await store.RecordAsync(new OrderHealthRecord(shop, id, now) { DispatchBy = now.AddDays(2), PredictedDispatch = now.AddDays(1) });
        await store.RecordAsync(new OrderHealthRecord(shop, id, now) { DispatchedAt = now.AddDays(1).AddHours(1) });
        await store.RecordAsync(new OrderHealthRecord(shop, id, now) { PredictedDispatch = now.AddHours(20) });

        var merged = await store.FindAsync(shop, id);

        Assert.NotNull(merged);
        Assert.Equal(now.AddDays(2), merged.DispatchBy);
        Assert.Equal(now.AddDays(1).AddHours(1), merged.DispatchedAt);
        Assert.Equal(now.AddHours(20), merged.PredictedDispatch);
    }

    /// <summary>Concurrent partial records of one order (different fields from different workers) all survive.</summary>
    [Fact]
    public async Task Concurrent_partial_records_of_one_order_all_survive()
    {
        var store = CreateStore(Time);
        var now = Time.GetUtcNow();
        var shop = NewShopId();
        var id = NewOrderId();
        var parts = new Func<OrderHealthRecord, OrderHealthRecord>[]
        {
            r => r with { DispatchBy = now.AddDays(2) },
            r => r with { DispatchedAt = now.AddDays(1) },
            r => r with { CollectedAt = now.AddDays(1).AddHours(3) },
            r => r with { DeliverBy = now.AddDays(5) },
            r => r with { DeliveredAt = now.AddDays(3) },
            r => r with { ShippingDue = now.AddDays(4) },
            r => r with { Market = CountryCode.GB },
            r => r with { PredictedDelivery = now.AddDays(4) },
        };

        await Task.WhenAll(Enumerable.Range(0, 4).SelectMany(_ => parts).Select(part => Task.Run(async () => await store.RecordAsync(part(new OrderHealthRecord(shop, id, now))))));

        var merged = await store.FindAsync(shop, id);
        Assert.NotNull(merged);
        Assert.Equal((now.AddDays(2), now.AddDays(1), now.AddDays(1).AddHours(3)), (merged.DispatchBy, merged.DispatchedAt, merged.CollectedAt));
        Assert.Equal((now.AddDays(5), now.AddDays(3), now.AddDays(4)), (merged.DeliverBy, merged.DeliveredAt, merged.ShippingDue));
        Assert.Equal((CountryCode.GB, now.AddDays(4)), (merged.Market, merged.PredictedDelivery));
    }

    /// <summary>A shop's records are read by creation instant (at or after), and only that shop's; shops are listed.</summary>
    [Fact]
    public async Task Reads_a_shops_records_created_since_an_instant()
    {
        var store = CreateStore(Time);
        var now = Time.GetUtcNow();
        var shop = NewShopId();
        var other = NewShopId();
        var old = new OrderHealthRecord(shop, NewOrderId(), now.AddDays(-40));
        var edge = new OrderHealthRecord(shop, NewOrderId(), now.AddDays(-30));
        var recent = new OrderHealthRecord(shop, NewOrderId(), now.AddDays(-1)) { CancelledAt = now, SellerFault = true };
        var elsewhere = new OrderHealthRecord(other, NewOrderId(), now);
        foreach (var r in new[] { old, edge, recent, elsewhere })
        {
            await store.RecordAsync(r);
        }

        var read = await store.ReadShopAsync(shop, now.AddDays(-30));

        Assert.Equal(new[] { edge.OrderId, recent.OrderId }.Order(StringComparer.Ordinal), read.Select(r => r.OrderId).Order(StringComparer.Ordinal));
        Assert.True(read.Single(r => r.OrderId == recent.OrderId).SellerFault);
        var shops = await store.GetShopIdsAsync();
        Assert.Contains(shop, shops);
        Assert.Contains(other, shops);
    }

    /// <summary>Pruning forgets records of orders created before the instant and keeps the rest.</summary>
    [Fact]
    public async Task Prunes_records_created_before_an_instant()
    {
        var store = CreateStore(Time);
        var now = Time.GetUtcNow();
        var shop = NewShopId();
        var old = new OrderHealthRecord(shop, NewOrderId(), now.AddDays(-60));
        var kept = new OrderHealthRecord(shop, NewOrderId(), now.AddDays(-10));
        await store.RecordAsync(old);
        await store.RecordAsync(kept);

        Assert.True(await store.PruneAsync(now.AddDays(-45)) >= 1);

        Assert.Null(await store.FindAsync(shop, old.OrderId));
        Assert.NotNull(await store.FindAsync(shop, kept.OrderId));
    }
}
