using PodConnect.Domain;
using PodConnect.Routing;

namespace PodConnect.Core.Tests.Routing;

public class RouterTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static CompiledNetwork TwoHubs(int deCapacity = 10) => FacilityNetwork.Create("two")
        .AddFacility("de", "gelato", CountryCode.DE, TestNetworks.Berlin, "Europe/Berlin", f => f
            .Makes(ProductKind.TShirt, 1, 9m).Makes(ProductKind.Mug, 2, 7m).ShipsTo(CountryCode.DE, 2, 4m).WithDailyCapacity(deCapacity))
        .AddFacility("nl", "printify", CountryCode.Parse("NL"), TestNetworks.Amsterdam, "Europe/Amsterdam", f => f
            .Makes(ProductKind.TShirt, 1, 6m).Makes(ProductKind.Poster, 1, 5m).ShipsToRestOfEurope(3, 5m))
        .Build().Compile();

    [Fact]
    public void Policy_order_decides_between_local_and_cheap()
    {
        var order = TestNetworks.Order("o", CountryCode.DE, Monday);

        var local = new Router(TwoHubs()).Route(order, Monday);
        var cheap = new Router(TwoHubs(), RoutingPolicy.Create().Prefer(RoutingCriterion.Cost).Build()).Route(order, Monday);

        Assert.Equal("de", local.FacilityId);
        Assert.True(local.IsLocal);
        Assert.Equal("nl", cheap.FacilityId);
        Assert.Equal(new Money(11m, "EUR"), cheap.Cost);
    }

    [Fact]
    public void Explanation_says_why_the_cheaper_one_lost_and_why_excluded_ones_were_rejected()
    {
        var order = TestNetworks.Order("o", CountryCode.DE, Monday);
        var router = new Router(TwoHubs(), RoutingPolicy.Create().PreferLocal().ThenBy(RoutingCriterion.Cost).Build());

        var nl = router.Explain(order, Monday).Candidates.Single(c => c.Facility.Id == "nl");
        var denied = new Router(TwoHubs(), RoutingPolicy.Create().DenyProviders("printify").Build()).Explain(order, Monday).Candidates.Single(c => c.Facility.Id == "nl");
        var slowLane = new Router(TwoHubs(), RoutingPolicy.Create().WithMaxTransitDays(2).Build()).Explain(order, Monday).Candidates.Single(c => c.Facility.Id == "nl");

        Assert.Equal(VerdictKind.LostOnPreference, nl.Kind);
        Assert.StartsWith("lost on locality: produces in NL, the buyer is in DE", nl.Reason, StringComparison.Ordinal);
        Assert.Equal((VerdictKind.ExcludedByPolicy, "excluded by policy: provider 'printify' is denied"), (denied.Kind, denied.Reason));
        Assert.Equal(VerdictKind.TransitTooLong, slowLane.Kind);
        Assert.Contains("at most 2", slowLane.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Safety_margin_rejects_a_facility_that_would_dispatch_just_before_the_deadline()
    {
        // de dispatches Monday 17:00 Berlin (16:00 UTC); the deadline is 18:00 UTC, a 2 h slack.
        var deadline = new DateTimeOffset(2026, 11, 23, 18, 0, 0, TimeSpan.Zero);
        var order = TestNetworks.Order("o", CountryCode.DE, Monday, deadline);
        var strict = new Router(TwoHubs(), RoutingPolicy.Create().PreferLocal().WithSafetyMargin(TimeSpan.FromHours(3)).Build());

        var loose = new Router(TwoHubs()).Route(order, Monday);
        var explained = strict.Explain(order, Monday);

        Assert.Equal(RoutingOutcome.OnTime, loose.Outcome);
        Assert.Equal(TimeSpan.FromHours(2), loose.Slack);
        Assert.Equal(RoutingOutcome.Late, explained.Decision.Outcome);
        Assert.Equal("de", explained.Decision.FacilityId);
        Assert.Contains("inside the 3 h safety margin", explained.Candidates.Single(c => c.Facility.Id == "nl").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void When_nobody_is_in_time_the_least_late_is_chosen_and_flagged()
    {
        var order = TestNetworks.Order("o", CountryCode.DE, Monday, Monday.AddHours(1), (ProductKind.Mug, 1));

        var decision = new Router(TwoHubs()).Route(order, Monday);

        Assert.Equal(RoutingOutcome.Late, decision.Outcome);
        Assert.True(decision.IsLate);
        Assert.True(decision.Slack < TimeSpan.Zero);
        Assert.Equal("de", decision.FacilityId);
    }

    [Fact]
    public void Multi_item_order_is_split_across_the_fewest_facilities_and_says_so()
    {
        var order = TestNetworks.Order("o", CountryCode.DE, Monday, null, (ProductKind.Mug, 1), (ProductKind.Poster, 2), (ProductKind.TShirt, 1));

        var decision = new Router(TwoHubs()).Route(order, Monday);

        Assert.Equal(RoutingOutcome.OnTime, decision.Outcome);
        Assert.True(decision.IsSplit);
        Assert.Equal(2, decision.Shipments.Count);
        Assert.Contains("split across 2 facilities", decision.Problem, StringComparison.Ordinal);
        Assert.Equal([0, 2], decision.Shipments.Single(s => s.Facility.Id == "de").ItemIndexes);
        Assert.Equal([1], decision.Shipments.Single(s => s.Facility.Id == "nl").ItemIndexes);
    }

    [Fact]
    public void One_facility_that_makes_every_item_is_preferred_to_a_split()
    {
        var order = TestNetworks.Order("o", CountryCode.DE, Monday, null, (ProductKind.Mug, 1), (ProductKind.TShirt, 1));

        var decision = new Router(TwoHubs()).Route(order, Monday);

        Assert.False(decision.IsSplit);
        Assert.Equal("de", decision.FacilityId);
        Assert.Equal(new Money(20m, "EUR"), decision.Cost);
    }

    [Fact]
    public void Capacity_ledger_moves_the_order_to_a_later_day_at_the_preferred_hub_while_that_is_on_time()
    {
        var net = TwoHubs(deCapacity: 1);
        var router = new Router(net);
        var ledger = new CapacityLedger(net);
        var order = TestNetworks.Order("o", CountryCode.DE, Monday);

        var first = router.Route(order, Monday, ledger);
        ledger.Reserve(first, order);
        var second = router.Route(order, Monday, ledger);

        Assert.Equal("de", first.FacilityId);
        Assert.Equal(new DateOnly(2026, 11, 23), first.Primary!.Value.ProductionStart);
        Assert.Equal(0, ledger.Remaining(net.IndexOf("de"), first.Primary!.Value.ProductionStart));
        Assert.Equal("de", second.FacilityId);
        Assert.Equal(new DateOnly(2026, 11, 24), second.Primary!.Value.ProductionStart);
        Assert.Equal(RoutingOutcome.OnTime, second.Outcome);
    }

    [Fact]
    public void Capacity_ledger_moves_the_order_when_the_local_hub_is_full()
    {
        var net = TwoHubs(deCapacity: 1);
        var router = new Router(net, RoutingPolicy.Create().PreferLocal().ThenBy(RoutingCriterion.Cost).WithBatchHorizon(1).Build());
        var ledger = new CapacityLedger(net);
        var order = TestNetworks.Order("o", CountryCode.DE, Monday);

        var first = router.Route(order, Monday, ledger);
        ledger.Reserve(first, order);
        var explained = router.Explain(order, Monday, ledger);

        Assert.Equal("de", first.FacilityId);
        Assert.Equal(0, ledger.Remaining(net.IndexOf("de"), first.Primary!.Value.ProductionStart));
        Assert.Equal("nl", explained.Decision.FacilityId);
        Assert.StartsWith("no capacity left from 2026-11-23 over 1 working day(s)", explained.Candidates.Single(c => c.Facility.Id == "de").Reason, StringComparison.Ordinal);
        Assert.Equal("de", new Router(net, RoutingPolicy.Create().PreferLocal().IgnoreCapacity().Build()).Route(order, Monday, ledger).FacilityId);
    }

    [Fact]
    public void Unroutable_orders_say_why()
    {
        var router = new Router(TwoHubs());

        var nowhere = router.Route(TestNetworks.Order("o", CountryCode.US, Monday, Monday.AddDays(2)), Monday);
        var unknown = router.Route(TestNetworks.Order("o", CountryCode.DE, Monday, null, (ProductKind.Canvas, 1)), Monday);

        Assert.Equal(RoutingOutcome.Unroutable, nowhere.Outcome);
        Assert.Equal("no facility ships to US", nowhere.Problem);
        Assert.Equal("no facility makes canvas", unknown.Problem);
        Assert.Empty(unknown.Shipments);
    }

    [Fact]
    public void Routing_a_single_order_allocates_nothing()
    {
        var router = new Router(TestNetworks.BuiltInCompiled);
        var order = TestNetworks.Order("o", CountryCode.DE, Monday, Monday.AddDays(2));
        var marketRule = TestNetworks.Order("o", CountryCode.GB, Monday); // deadline from DispatchSla
        var nobodyInTime = TestNetworks.Order("o", CountryCode.FR, Monday, Monday.AddHours(1));
        var quantity = TestNetworks.Order("o", CountryCode.ES, Monday, null, (ProductKind.Hoodie, 3));
        Order[] orders = [order, marketRule, nobodyInTime, quantity];
        foreach (var o in orders)
        {
            router.Route(o, Monday);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            foreach (var o in orders)
            {
                router.Route(o, Monday);
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Duration_is_written_for_people()
    {
        Assert.Equal("7 h", Router_Duration(TimeSpan.FromHours(7)));
        Assert.Equal("1 d 3 h", Router_Duration(TimeSpan.FromHours(27)));
        Assert.Equal("45 min", Router_Duration(TimeSpan.FromMinutes(45)));
    }

    private static string Router_Duration(TimeSpan t) =>
        new Router(TwoHubs()).Explain(TestNetworks.Order("o", CountryCode.DE, Monday, Monday.AddHours(8) - t), Monday)
            .Candidates.Single(c => c.Facility.Id == "nl").Reason is var r && r.Contains(" after", StringComparison.Ordinal)
            ? r[(r.IndexOf("dispatch ", StringComparison.Ordinal) + 9)..r.IndexOf(" after", StringComparison.Ordinal)]
            : r;
}
