using PodConnect.Domain;
using PodConnect.Routing;

namespace PodConnect.Core.Tests.Routing;

/// <summary>The scenarios issue 3 asks for, each with a network small enough to check by hand.</summary>
public class RoutingScenarioTests
{
    // Tuesday 24 November 2026, 10:00 in Madrid.
    private static readonly DateTimeOffset TuesdayMorning = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Spain_bound_order_goes_to_france_when_the_spanish_hub_is_too_slow()
    {
        var network = FacilityNetwork.Create("spain")
            .AddFacility("es-slow", "gelato", CountryCode.ES, TestNetworks.Madrid, "Europe/Madrid", f => f
                .Makes(ProductKind.TShirt, productionDays: 5, unitCost: 8m)
                .ShipsTo(CountryCode.ES, 2, 4m))
            .AddFacility("fr-fast", "printful", CountryCode.FR, TestNetworks.Paris, "Europe/Paris", f => f
                .Makes(ProductKind.TShirt, productionDays: 1, unitCost: 10m)
                .ShipsTo(CountryCode.FR, 2, 4m)
                .ShipsToRestOfEurope(3, 7m))
            .Build().Compile();
        var router = new Router(network);
        var order = TestNetworks.Order("es-1", CountryCode.ES, TuesdayMorning);

        var explained = router.Explain(order, TuesdayMorning);
        var decision = explained.Decision;

        Assert.Equal(RoutingOutcome.OnTime, decision.Outcome);
        Assert.Equal("fr-fast", decision.FacilityId);
        Assert.False(decision.IsLocal);
        Assert.Equal(CountryCode.FR, decision.ProductionCountry);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.FromHours(1)), decision.PredictedDispatch);
        Assert.Equal(decision.Deadline - decision.PredictedDispatch, decision.Slack);
        Assert.Equal(new Money(17m, "EUR"), decision.Cost);
        var spain = explained.Candidates.Single(c => c.Facility.Id == "es-slow");
        Assert.Equal(VerdictKind.TooLate, spain.Kind);
        Assert.Contains("after the deadline", spain.Reason, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 11, 30), DateOnly.FromDateTime(spain.PredictedDispatch!.Value.DateTime));
        Assert.Equal(VerdictKind.Chosen, explained.Candidates[0].Kind);
    }

    [Fact]
    public void Christmas_week_uk_order_skips_bank_holidays_and_avoids_a_closed_hub()
    {
        // Wednesday 23 December 2026, 15:00 in London: after the 14:00 cut-off.
        var ordered = new DateTimeOffset(2026, 12, 23, 15, 0, 0, TimeSpan.Zero);
        var closed = Enumerable.Range(0, 9).Select(i => new DateOnly(2026, 12, 24).AddDays(i)).ToArray();
        var network = FacilityNetwork.Create("christmas")
            .AddFacility("gb-open", "prodigi", CountryCode.GB, TestNetworks.London, "Europe/London", f => f
                .Makes(ProductKind.TShirt, productionDays: 2, unitCost: 9m)
                .ShipsTo(CountryCode.GB, 2, 4m))
            .AddFacility("gb-closed", "gelato", CountryCode.GB, TestNetworks.London, "Europe/London", f => f
                .Makes(ProductKind.TShirt, productionDays: 1, unitCost: 7m)
                .ShipsTo(CountryCode.GB, 2, 4m)
                .ClosedOn(closed))
            .Build().Compile();
        var order = TestNetworks.Order("gb-xmas", CountryCode.GB, ordered);
        var router = new Router(network, RoutingPolicy.Create().PreferLocal().ThenBy(RoutingCriterion.Cost).Build());

        var explained = router.Explain(order, ordered);

        // Starts Thu 24 Dec; the second production day skips Christmas, the weekend and Mon 28 Dec (Boxing Day substitute).
        var decision = explained.Decision;
        Assert.Equal("gb-open", decision.FacilityId);
        Assert.Equal(new DateOnly(2026, 12, 24), decision.Primary!.Value.ProductionStart);
        Assert.Equal(new DateTimeOffset(2026, 12, 29, 17, 0, 0, TimeSpan.Zero), decision.PredictedDispatch);
        Assert.True(decision.PredictedDispatch <= decision.Deadline, $"deadline {decision.Deadline}");
        var closedHub = explained.Candidates.Single(c => c.Facility.Id == "gb-closed");
        Assert.Equal(VerdictKind.TooLate, closedHub.Kind);
        Assert.True(closedHub.PredictedDispatch >= new DateTimeOffset(2027, 1, 4, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void A_product_only_one_provider_makes_goes_to_that_provider()
    {
        var router = new Router(TestNetworks.BuiltInCompiled);
        var order = TestNetworks.Order("cap-1", CountryCode.DE, TuesdayMorning, null, (ProductKind.Cap, 1));

        var explained = router.Explain(order, TuesdayMorning);

        Assert.True(explained.Decision.IsRouted);
        Assert.Equal("printful", explained.Decision.Provider);
        Assert.All(
            explained.Candidates.Where(c => c.Facility.Provider != "printful"),
            c => Assert.Equal((VerdictKind.CannotMake, "cannot make cap"), (c.Kind, c.Reason)));
    }

    [Fact]
    public void A_spike_overflows_the_local_hub_to_neighbours_then_late_without_losing_an_order()
    {
        var network = FacilityNetwork.Create("spike")
            .AddFacility("de-hub", "gelato", CountryCode.DE, TestNetworks.Berlin, "Europe/Berlin", f => f
                .Makes(ProductKind.TShirt, 1, 9m).ShipsTo(CountryCode.DE, 2, 4m).WithDailyCapacity(600))
            .AddFacility("nl-hub", "gelato", CountryCode.Parse("NL"), TestNetworks.Amsterdam, "Europe/Amsterdam", f => f
                .Makes(ProductKind.TShirt, 1, 9m).ShipsToRestOfEurope(3, 7m).WithDailyCapacity(1000))
            .Build().Compile();
        var router = new Router(network);
        var now = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
        var sameDay = new DateTimeOffset(2026, 11, 24, 20, 0, 0, TimeSpan.Zero);
        var orders = Enumerable.Range(0, 2000).Select(i => TestNetworks.Order($"o{i}", CountryCode.DE, now, sameDay)).ToList();

        var result = router.RouteBatch(orders, now);

        Assert.Equal(2000, result.Assignments.Count);
        Assert.Equal(1600, result.OnTime);
        Assert.Equal(400, result.Late);
        Assert.Equal(0, result.Unplaced);
        var de = network.IndexOf("de-hub");
        var nl = network.IndexOf("nl-hub");
        Assert.Equal(600, result.UnitsBooked(de, 0));
        Assert.Equal(1000, result.UnitsBooked(nl, 0));
        Assert.Equal(600, result.Assignments.Count(a => a.Status == BatchStatus.OnTime && a.Facility!.Id == "de-hub"));
        Assert.All(result.Assignments.Where(a => a.Status == BatchStatus.Late), a =>
        {
            Assert.Equal(new DateOnly(2026, 11, 25), a.ProductionStart);
            Assert.Contains("full", a.Reason, StringComparison.Ordinal);
        });
    }
}
