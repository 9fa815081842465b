using Microsoft.Extensions.DependencyInjection;
using PodConnect.Domain;
using PodConnect.Health;
using PodConnect.Marketplaces;
using PodConnect.Stores;
using PodConnect.Testing.InProcess;

namespace PodConnect.Tests.Fulfillment;

/// <summary>Shop health end to end on the in-process fakes with a fake clock: recorded by the loop, rebuilt after a restart, steering routing.</summary>
public sealed class ShopHealthLoopTests
{
    private static readonly TimeSpan Poll = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task A_shop_whose_late_dispatch_rate_nears_four_percent_routes_for_slack_and_back_when_it_recovers()
    {
        using var loop = new LoopHarness(o => o.HoldWindow = TimeSpan.Zero);
        var stances = new List<RoutingStance>();
        var states = new List<(HealthMetric, HealthState)>();
        SubscribeHealth(loop, stances, states);

        // 100 orders dispatched on time this month: LDR 0%, healthy; a GB T-shirt is made locally.
        AddShipped(loop, "hist-", 100, late: false);
        await loop.AdvanceAsync(Poll);
        loop.AddOrder("A");
        await loop.AdvanceAsync(Poll);
        Assert.Equal("gelato-gb-london", await FacilityOf(loop, "A"));

        // Four late dispatches: 4 of 104 = 3.85%, past 75% of the 4% limit. Routing turns slack first.
        AddShipped(loop, "late-", 4, late: true);
        await loop.AdvanceAsync(Poll);
        loop.AddOrder("B");
        await loop.AdvanceAsync(Poll);
        var health = await loop.Services.GetRequiredService<IShopHealth>().GetSnapshotAsync(InProcessMarketplace.DefaultShopId);
        Assert.Equal(HealthState.Near, health[HealthMetric.LateDispatch].State);
        Assert.Equal(RoutingStance.SlackFirst, health.Stance);
        Assert.Equal("gelato-de-berlin", await FacilityOf(loop, "B")); // the earliest dispatch, not the cheapest local one

        // 56 more on time: 4 of 160 = 2.5%, healthy again but not yet recovered (hysteresis): still slack first.
        AddShipped(loop, "more-", 56, late: false);
        await loop.AdvanceAsync(Poll);
        loop.AddOrder("C");
        await loop.AdvanceAsync(Poll);
        Assert.Equal("gelato-de-berlin", await FacilityOf(loop, "C"));

        // 100 more on time: 4 of 260 = 1.5%, under half the limit with headroom to spare. Back to normal routing.
        AddShipped(loop, "recovered-", 100, late: false);
        await loop.AdvanceAsync(Poll);
        loop.AddOrder("D");
        await loop.AdvanceAsync(Poll);
        Assert.Equal("gelato-gb-london", await FacilityOf(loop, "D"));

        Assert.Equal([RoutingStance.SlackFirst, RoutingStance.Normal], stances);
        Assert.Equal([(HealthMetric.LateDispatch, HealthState.Near), (HealthMetric.LateDispatch, HealthState.Healthy)], states.Where(s => s.Item1 == HealthMetric.LateDispatch));
    }

    [Fact]
    public async Task The_loop_records_dispatch_tracking_delivery_and_seller_fault_cancellations_and_rebuilds_them_after_a_restart()
    {
        using var loop = new LoopHarness(o => o.HoldWindow = TimeSpan.Zero);
        var start = loop.Time.GetUtcNow();
        loop.Marketplace.Add(loop.AddOrder("S1") with { Deadlines = new OrderDeadlines(ReadyToShipBy: start.AddDays(3), DeliverBy: start.AddDays(7)) });
        loop.AddOrder("X1");
        loop.AddOrder("X2");
        await loop.Reconciler.RunPassAsync();
        loop.Marketplace.Cancel("X1", "SELLER", "Out of stock");
        loop.Marketplace.Cancel("X2", "BUYER", "No longer needed");
        for (var i = 0; i < 48 && loop.Marketplace.ShipCount("S1") == 0; i++)
        {
            await loop.AdvanceAsync(TimeSpan.FromHours(1));
        }

        loop.Time.Advance(TimeSpan.FromDays(1));
        Assert.True(loop.Marketplace.Collect("S1"));
        loop.Time.Advance(TimeSpan.FromDays(1));
        Assert.True(loop.Marketplace.Deliver("S1"));
        await loop.AdvanceAsync(Poll, times: 2);

        var store = loop.Services.GetRequiredService<IHealthLedgerStore>();
        var shipped = await store.FindAsync(InProcessMarketplace.DefaultShopId, "S1");
        Assert.NotNull(shipped);
        Assert.Equal(loop.Marketplace.Get("S1").ShippedAt, shipped.DispatchedAt);
        Assert.NotNull(shipped.CollectedAt);
        Assert.Equal(loop.Marketplace.Get("S1").DeliveredAt, shipped.DeliveredAt);
        Assert.True((await store.FindAsync(InProcessMarketplace.DefaultShopId, "X1"))!.SellerFault);
        Assert.False((await store.FindAsync(InProcessMarketplace.DefaultShopId, "X2"))!.SellerFault);

        var before = await loop.Services.GetRequiredService<IShopHealth>().GetSnapshotAsync(InProcessMarketplace.DefaultShopId);
        Assert.Equal((0, 1), (before[HealthMetric.LateDispatch].Now.Bad, before[HealthMetric.LateDispatch].Now.Counted));
        Assert.Equal((0, 1), (before[HealthMetric.ValidTracking].Now.Bad, before[HealthMetric.ValidTracking].Now.Counted));
        Assert.Equal((0, 1), (before[HealthMetric.OnTimeDelivery].Now.Bad, before[HealthMetric.OnTimeDelivery].Now.Counted));
        Assert.Equal((1, 3), (before[HealthMetric.SellerFaultCancellation].Now.Bad, before[HealthMetric.SellerFaultCancellation].Now.Counted));
        Assert.Equal(HealthState.Over, before[HealthMetric.SellerFaultCancellation].State); // 1 of 3 is far over 2.5%

        // Move on past the loop's own look-back (7 days), then restart with empty memory: one pass rebuilds the same numbers from the marketplace.
        loop.Time.Advance(TimeSpan.FromDays(8));
        loop.Crash();
        Assert.Null(await loop.Services.GetRequiredService<IHealthLedgerStore>().FindAsync(InProcessMarketplace.DefaultShopId, "S1"));
        await loop.Reconciler.RunPassAsync();

        var after = await loop.Services.GetRequiredService<IShopHealth>().GetSnapshotAsync(InProcessMarketplace.DefaultShopId);
        foreach (var metric in Enum.GetValues<HealthMetric>().Where(m => m != HealthMetric.OnTimeDelivery))
        {
            Assert.Equal((before[metric].Now.Bad, before[metric].Now.Counted), (after[metric].Now.Bad, after[metric].Now.Counted));
        }

        Assert.Equal(0, after[HealthMetric.OnTimeDelivery].Now.Counted); // the delivery is now older than OTDR's 7-day window
        Assert.Equal(0, loop.Reconciler.OpenOrders); // rebuilding the ledgers does not re-open old orders
    }

    private static void SubscribeHealth(LoopHarness loop, List<RoutingStance> stances, List<(HealthMetric, HealthState)> states)
    {
        var health = loop.Services.GetRequiredService<ShopHealth>();
        health.StanceChanged += (_, e) => stances.Add(e.Stance);
        health.StateChanged += (_, e) => states.Add((e.Metric.Metric, e.State));
    }

    private static async Task<string?> FacilityOf(LoopHarness loop, string orderId) =>
        (await loop.Services.GetRequiredService<IPlacedOrderIndex>().FindAsync(orderId))?.FacilityId;

    /// <summary>Orders of the last weeks, already marked shipped on the marketplace (on time or a day late).</summary>
    private static void AddShipped(LoopHarness loop, string prefix, int count, bool late)
    {
        var now = loop.Time.GetUtcNow();
        for (var i = 0; i < count; i++)
        {
            var created = now.AddDays(-10).AddMinutes(i);
            var deadline = created.AddDays(2);
            loop.Marketplace.Add(new MarketplaceOrder(
                new MarketplaceOrderRef(InProcessMarketplace.DefaultShopId, prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                MarketplaceOrderStatus.Shipped,
                "IN_TRANSIT",
                created,
                new Address(CountryCode.GB, "EH1 1YZ", "Edinburgh", ["1 High Street"]),
                [new MarketplaceLine("TEE-BLK-M", 1, ["li"])])
            {
                Deadlines = new OrderDeadlines(ReadyToShipBy: deadline),
                ShippedAt = late ? deadline.AddDays(1) : deadline.AddDays(-1),
                CollectedAt = deadline,
            });
        }
    }
}
