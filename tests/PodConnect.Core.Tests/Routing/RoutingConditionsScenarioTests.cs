using PodConnect.Domain;
using PodConnect.Routing;
using PodConnect.Sla;

namespace PodConnect.Core.Tests.Routing;

/// <summary>The scenarios of issue 12: both TikTok deadlines, stock-outs, closures, per-kind capacity, lead times that learn.</summary>
public class RoutingConditionsScenarioTests
{
    // Monday 23 November 2026, 09:00 in Berlin.
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A local German hub with a slow lane, and a Dutch hub whose lane delivers in time.</summary>
    private static CompiledNetwork SlowLane(int localTransit = 6) => FacilityNetwork.Create("lanes")
        .AddFacility("de-slow-lane", "gelato", CountryCode.DE, TestNetworks.Berlin, "Europe/Berlin", f => f
            .Makes(ProductKind.TShirt, 1, 9m).Makes(ProductKind.Mug, 1, 7m, dailyCapacity: 1).ShipsTo(CountryCode.DE, localTransit, 4m))
        .AddFacility("nl-fast-lane", "printful", CountryCode.Parse("NL"), TestNetworks.Amsterdam, "Europe/Amsterdam", f => f
            .Makes(ProductKind.TShirt, 1, 10m).Makes(ProductKind.Mug, 1, 8m).ShipsToRestOfEurope(2, 6m))
        .Build().Compile();

    [Fact]
    public void A_facility_whose_lane_cannot_deliver_in_time_is_rejected_with_a_reason()
    {
        var net = SlowLane();
        var router = new Router(net);
        var order = TestNetworks.Order("o", CountryCode.DE, Monday);

        var explained = router.Explain(order, Monday);
        var decision = explained.Decision;

        // Delivery deadline from the DE rule: 5 working days after Monday 23 November = Monday 30 November.
        Assert.Equal(DispatchSla.Default.RuleFor(CountryCode.DE).DeliveryDeadlineFor(Monday), decision.DeliveryDeadline);
        Assert.Equal(new DateOnly(2026, 11, 30), DateOnly.FromDateTime(decision.DeliveryDeadline!.Value.DateTime));
        Assert.Equal(RoutingOutcome.OnTime, decision.Outcome);
        Assert.Equal("nl-fast-lane", decision.FacilityId);
        Assert.Equal(DeadlineMiss.None, decision.Misses);
        var local = explained.Candidates.Single(c => c.Facility.Id == "de-slow-lane");
        Assert.Equal(VerdictKind.DeliversTooLate, local.Kind);
        Assert.Contains("after the delivery deadline 2026-11-30", local.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_delivery_rule_of_the_policy_decides_what_a_late_lane_means()
    {
        var net = FacilityNetwork.Create("one")
            .AddFacility("de-slow-lane", "gelato", CountryCode.DE, TestNetworks.Berlin, "Europe/Berlin", f => f
                .Makes(ProductKind.TShirt, 1, 9m).ShipsTo(CountryCode.DE, 6, 4m))
            .Build().Compile();
        var order = TestNetworks.Order("o", CountryCode.DE, Monday);
        Router With(DeliveryDeadlineRule rule) => new(net, RoutingPolicy.Create().PreferLocal().WithDeliveryDeadline(rule).Build());

        var reject = With(DeliveryDeadlineRule.Reject).Route(order, Monday);
        var behind = With(DeliveryDeadlineRule.RankBehind).Route(order, Monday);
        var ignore = With(DeliveryDeadlineRule.Ignore).Route(order, Monday);

        Assert.Equal(RoutingOutcome.Late, reject.Outcome);
        Assert.Equal(DeadlineMiss.Delivery, reject.Misses);
        Assert.Equal(RoutingOutcome.OnTime, behind.Outcome);
        Assert.Equal(DeadlineMiss.Delivery, behind.Misses);
        Assert.Equal(RoutingOutcome.OnTime, ignore.Outcome);
        Assert.Equal(DeadlineMiss.Delivery, ignore.Misses);
        Assert.All([reject, behind, ignore], d => Assert.StartsWith("predicted delivery 2026-12-01 is after the delivery deadline 2026-11-30", d.Problem, StringComparison.Ordinal));
    }

    [Fact]
    public void RankBehind_prefers_a_facility_that_also_delivers_in_time()
    {
        var router = new Router(SlowLane(), RoutingPolicy.Create().PreferLocal().ThenBy(RoutingCriterion.Cost).WithDeliveryDeadline(DeliveryDeadlineRule.RankBehind).Build());
        var order = TestNetworks.Order("o", CountryCode.DE, Monday, null, (ProductKind.TShirt, 2)); // two units: the general path

        var single = router.Route(TestNetworks.Order("o", CountryCode.DE, Monday), Monday);
        var multi = router.Route(order, Monday);

        Assert.Equal("nl-fast-lane", single.FacilityId);
        Assert.Equal("nl-fast-lane", multi.FacilityId);
        Assert.Equal(DeadlineMiss.None, multi.Misses);
    }

    [Theory]
    [InlineData(DeliveryDeadlineRule.Reject, "nl-fast-lane")]
    [InlineData(DeliveryDeadlineRule.RankBehind, "nl-fast-lane")]
    [InlineData(DeliveryDeadlineRule.Ignore, "de-slow-lane")]
    public void RouteBatch_places_a_spike_where_Route_places_each_order_under_every_delivery_rule(DeliveryDeadlineRule rule, string expected)
    {
        var router = new Router(SlowLane(), RoutingPolicy.Create().PreferLocal().ThenBy(RoutingCriterion.Cost).WithDeliveryDeadline(rule).Build());
        var orders = Enumerable.Range(0, 3).Select(i => TestNetworks.Order($"o{i}", CountryCode.DE, Monday)).ToArray();

        var batch = router.RouteBatch(orders, Monday);

        Assert.All(orders, o => Assert.Equal(expected, router.Route(o, Monday).FacilityId));
        Assert.All(batch.Assignments, a => Assert.Equal(expected, a.Facility?.Id));
        Assert.All(batch.Assignments, a => Assert.Equal(BatchStatus.OnTime, a.Status));
    }

    [Fact]
    public void RouteBatch_with_RankBehind_fills_the_lanes_that_deliver_in_time_first_and_counts_the_rest_on_time()
    {
        var net = FacilityNetwork.Create("lanes")
            .AddFacility("de-slow-lane", "gelato", CountryCode.DE, TestNetworks.Berlin, "Europe/Berlin", f => f
                .Makes(ProductKind.TShirt, 1, 9m).ShipsTo(CountryCode.DE, 6, 4m).WithDailyCapacity(100))
            .AddFacility("nl-fast-lane", "printful", CountryCode.Parse("NL"), TestNetworks.Amsterdam, "Europe/Amsterdam", f => f
                .Makes(ProductKind.TShirt, 1, 10m).ShipsToRestOfEurope(2, 6m).WithDailyCapacity(2))
            .Build().Compile();
        Router With(DeliveryDeadlineRule rule) => new(net, RoutingPolicy.Create().PreferLocal().ThenBy(RoutingCriterion.Cost).WithBatchHorizon(1).WithDeliveryDeadline(rule).Build());
        var orders = Enumerable.Range(0, 3).Select(i => TestNetworks.Order($"o{i}", CountryCode.DE, Monday)).ToArray();

        var behind = With(DeliveryDeadlineRule.RankBehind).RouteBatch(orders, Monday).Assignments;
        var reject = With(DeliveryDeadlineRule.Reject).RouteBatch(orders, Monday).Assignments;

        // The Dutch hub delivers in time but has room for two: ranked behind, the third order still
        // dispatches in time from the local hub and counts as on time; rejected, it is late.
        Assert.Equal(2, behind.Count(a => a.Facility?.Id == "nl-fast-lane"));
        Assert.Equal(1, behind.Count(a => a.Facility?.Id == "de-slow-lane"));
        Assert.All(behind, a => Assert.Equal(BatchStatus.OnTime, a.Status));
        Assert.Equal(2, reject.Count(a => a.Facility?.Id == "nl-fast-lane" && a.Status == BatchStatus.OnTime));
        Assert.Equal(1, reject.Count(a => a.Facility?.Id == "de-slow-lane" && a.Status == BatchStatus.Late));
    }

    [Fact]
    public void Learning_lead_times_and_routing_under_every_condition_allocate_nothing()
    {
        var net = SlowLane(localTransit: 1);
        var router = new Router(net);
        var learner = new LeadTimeLearner(net);
        var ledger = new CapacityLedger(net);
        var snapshot = AvailabilitySnapshot.Empty.With(new StockOut("printful", Kind: ProductKind.Mug));
        var conditions = new RoutingConditions(ledger, snapshot, learner);
        var order = TestNetworks.Order("o", CountryCode.DE, Monday);
        void Work(int n)
        {
            learner.Observe(n % 2, ProductKind.TShirt, Monday.AddHours(n % 48), Monday.AddHours(30 + (n % 100)));
            learner.Observe("de-slow-lane", ProductKind.TShirt, Monday, Monday.AddDays(2));
            router.Route(order, Monday, conditions);
        }

        Work(0);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var n = 1; n <= 200; n++)
        {
            Work(n);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(learner.Samples(0, ProductKind.TShirt) > 0);
    }

    [Fact]
    public void TikToks_delivery_sla_time_wins_over_the_market_rule()
    {
        var router = new Router(SlowLane());
        var generous = Monday.AddDays(14);
        var order = new Order("o", Monday, new Address(CountryCode.DE), [new OrderItem("sku", ProductKind.TShirt, 1)], new OrderDeadlines(DeliverBy: generous));

        var decision = router.Route(order, Monday);

        Assert.Equal(generous, decision.DeliveryDeadline);
        Assert.Equal("de-slow-lane", decision.FacilityId);
        Assert.Equal(DeadlineMiss.None, decision.Misses);
    }

    [Fact]
    public void A_stock_out_excludes_the_provider_for_that_kind_while_it_lasts()
    {
        var net = SlowLane(localTransit: 1);
        var router = new Router(net);
        var order = TestNetworks.Order("o", CountryCode.DE, Monday);
        var stockOut = new StockOut("gelato", Kind: ProductKind.TShirt, Until: Monday.AddDays(2), Reason: "blank out of stock (webhook)");
        var snapshot = AvailabilitySnapshot.Empty.With(stockOut);

        var during = router.Explain(order, Monday, new RoutingConditions(Availability: snapshot));
        var after = router.Route(order, Monday.AddDays(2), new RoutingConditions(Availability: snapshot));
        var mug = router.Route(TestNetworks.Order("m", CountryCode.DE, Monday, null, (ProductKind.Mug, 1)), Monday, new RoutingConditions(Availability: snapshot));

        Assert.Equal("nl-fast-lane", during.Decision.FacilityId);
        var verdict = during.Candidates.Single(c => c.Facility.Id == "de-slow-lane");
        Assert.Equal(VerdictKind.Unavailable, verdict.Kind);
        Assert.Equal("out of stock: t-shirt at provider gelato until 2026-11-25 08:00 +00:00 (blank out of stock (webhook))", verdict.Reason);
        Assert.Equal("de-slow-lane", after.FacilityId);
        Assert.Equal("de-slow-lane", mug.FacilityId);
    }

    [Fact]
    public void A_sku_stock_out_excludes_only_that_sku()
    {
        var router = new Router(SlowLane(localTransit: 1));
        var snapshot = new AvailabilitySnapshot([new StockOut("gelato", FacilityId: "de-slow-lane", Sku: "TEE-RED-M")]);
        Order Tee(string sku) => new("o", Monday, new Address(CountryCode.DE), [new OrderItem(sku, ProductKind.TShirt, 1)]);

        Assert.Equal("nl-fast-lane", router.Route(Tee("TEE-RED-M"), Monday, new RoutingConditions(Availability: snapshot)).FacilityId);
        Assert.Equal("de-slow-lane", router.Route(Tee("TEE-BLU-M"), Monday, new RoutingConditions(Availability: snapshot)).FacilityId);
    }

    [Fact]
    public void A_closure_excludes_a_facility_whose_production_would_run_into_it()
    {
        var router = new Router(SlowLane(localTransit: 1));
        var order = TestNetworks.Order("o", CountryCode.DE, Monday);
        var outage = new Closure("gelato", "de-slow-lane", Monday.AddHours(4), Monday.AddHours(20), "printer outage");
        var later = new Closure("gelato", null, Monday.AddDays(3), Monday.AddDays(4));

        var closed = router.Explain(order, Monday, new RoutingConditions(Availability: new AvailabilitySnapshot(closures: [outage])));
        var open = router.Route(order, Monday, new RoutingConditions(Availability: new AvailabilitySnapshot(closures: [later])));

        Assert.Equal("nl-fast-lane", closed.Decision.FacilityId);
        Assert.Contains("printer outage", closed.Candidates.Single(c => c.Facility.Id == "de-slow-lane").Reason, StringComparison.Ordinal);
        Assert.Equal("de-slow-lane", open.FacilityId);
    }

    [Fact]
    public void Capacity_is_per_kind_as_well_as_per_facility()
    {
        var net = SlowLane(localTransit: 1);
        var router = new Router(net, RoutingPolicy.Create().PreferLocal().WithBatchHorizon(1).Build());
        var ledger = new CapacityLedger(net);
        var de = net.IndexOf("de-slow-lane");
        var mug = TestNetworks.Order("m", CountryCode.DE, Monday, null, (ProductKind.Mug, 1));
        var tee = TestNetworks.Order("t", CountryCode.DE, Monday);

        var firstMug = router.Route(mug, Monday, ledger);
        ledger.Reserve(firstMug, mug);
        var secondMug = router.Route(mug, Monday, ledger);
        var teeAfter = router.Route(tee, Monday, ledger);

        Assert.Equal("de-slow-lane", firstMug.FacilityId);
        Assert.Equal(0, ledger.Remaining(de, ProductKind.Mug, new DateOnly(2026, 11, 23)));
        Assert.Equal(999, ledger.Remaining(de, new DateOnly(2026, 11, 23)));
        Assert.Equal(1, ledger.Booked(de, ProductKind.Mug, new DateOnly(2026, 11, 23)));
        Assert.Equal("nl-fast-lane", secondMug.FacilityId);
        Assert.Equal("de-slow-lane", teeAfter.FacilityId);
        Assert.False(ledger.TryReserve(de, ProductKind.Mug, new DateOnly(2026, 11, 23), 1));
        Assert.Equal(1, ledger.Booked(de, new DateOnly(2026, 11, 23)));
    }

    [Fact]
    public void A_hub_that_slows_down_loses_orders_before_it_makes_them_late()
    {
        var net = SlowLane(localTransit: 1);
        var router = new Router(net);
        var learner = new LeadTimeLearner(net);
        var order = TestNetworks.Order("o", CountryCode.DE, Monday);
        var de = net.IndexOf("de-slow-lane");

        Assert.Equal("de-slow-lane", router.Route(order, Monday, new RoutingConditions(LeadTimes: learner)).FacilityId);

        // The spike: orders placed Monday ship the next Monday (5 working days) instead of the configured 1.
        for (var i = 0; i < 9; i++)
        {
            learner.Observe("de-slow-lane", ProductKind.TShirt, Monday.AddDays(-14), Monday.AddDays(-7));
        }

        Assert.Equal(1, learner.ProductionDays(de, ProductKind.TShirt)); // nine samples: still thin
        learner.Observe(de, ProductKind.TShirt, Monday.AddDays(-14), Monday.AddDays(-7));
        Assert.Equal(6, learner.ProductionDays(de, ProductKind.TShirt));

        var decision = router.Route(order, Monday, new RoutingConditions(LeadTimes: learner));
        Assert.Equal("nl-fast-lane", decision.FacilityId);
        Assert.Equal(RoutingOutcome.OnTime, decision.Outcome);
    }

    [Fact]
    public void A_market_without_a_rule_never_throws_and_the_shop_market_rule_applies_when_named()
    {
        var net = SlowLane(localTransit: 1);
        var nl = new Order("o", Monday, new Address(CountryCode.Parse("NL")), [new OrderItem("sku", ProductKind.TShirt, 1)]);
        var fromGermanShop = new Order("o", Monday, new Address(CountryCode.Parse("NL")), [new OrderItem("sku", ProductKind.TShirt, 1)], market: CountryCode.DE);

        var unroutable = new Router(net).Route(nl, Monday);
        var withShop = new Router(net, sla: DispatchSla.Default.WithShopMarket(CountryCode.DE)).Route(nl, Monday);
        var crossBorder = new Router(net).Route(fromGermanShop, Monday);

        Assert.Equal(RoutingOutcome.Unroutable, unroutable.Outcome);
        Assert.Contains("no dispatch rule for market NL", unroutable.Problem, StringComparison.Ordinal);
        Assert.Null(unroutable.Deadline);
        Assert.True(withShop.IsRouted);
        Assert.Equal(DispatchSla.Default.Compute(CountryCode.DE, Monday), withShop.Deadline);
        Assert.True(crossBorder.IsRouted);
        Assert.Equal(withShop.Deadline, crossBorder.Deadline);
        Assert.Equal(BatchStatus.Unplaced, new Router(net).RouteBatch([nl], Monday).Assignments[0].Status);
    }
}
