using PodConnect.Domain;
using PodConnect.Routing;

namespace PodConnect.Core.Tests.Routing;

/// <summary>Every member of a decision is well defined for every outcome (issue 12, correctness).</summary>
public class DecisionMemberTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static readonly CompiledNetwork Net = FacilityNetwork.Create("one")
        .AddFacility("de", "gelato", CountryCode.DE, TestNetworks.Berlin, "Europe/Berlin", f => f
            .Makes(ProductKind.TShirt, 1, 9m).Makes(ProductKind.Mug, 3, 7m).ShipsTo(CountryCode.DE, 2, 4m))
        .AddFacility("fr", "printful", CountryCode.FR, TestNetworks.Paris, "Europe/Paris", f => f
            .Makes(ProductKind.Poster, 1, 5m).ShipsToRestOfEurope(2, 6m))
        .Build().Compile();

    public static TheoryData<string> Outcomes => ["on-time", "late", "split", "no-lane", "unknown-kind", "no-capacity", "no-rule"];

    private static RoutingDecision Decide(string outcome)
    {
        var router = new Router(Net);
        return outcome switch
        {
            "on-time" => router.Route(TestNetworks.Order("o", CountryCode.DE, Monday), Monday),
            "late" => router.Route(TestNetworks.Order("o", CountryCode.DE, Monday, Monday.AddHours(1), (ProductKind.Mug, 1)), Monday),
            "split" => router.Route(TestNetworks.Order("o", CountryCode.DE, Monday, null, (ProductKind.TShirt, 1), (ProductKind.Poster, 1)), Monday),
            "no-lane" => router.Route(TestNetworks.Order("o", CountryCode.US, Monday, Monday.AddDays(2)), Monday),
            "unknown-kind" => router.Route(TestNetworks.Order("o", CountryCode.DE, Monday, null, (ProductKind.Canvas, 1)), Monday),
            "no-capacity" => NoCapacity(router),
            "no-rule" => router.Route(new Order("o", Monday, new Address(CountryCode.Parse("NL")), [new OrderItem("s", ProductKind.TShirt, 1)]), Monday),
            _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
        };
    }

    private static RoutingDecision NoCapacity(Router router)
    {
        var ledger = new CapacityLedger(Net);
        var start = Net.ProductionCalendar(0).StartDay(Monday);
        for (var k = 0; k < router.Policy.BatchHorizonDays; k++)
        {
            ledger.Reserve(0, Net.ProductionCalendar(0).Calendar.AddWorkingDays(start, k), 1_000);
        }

        return router.Route(TestNetworks.Order("o", CountryCode.DE, Monday), Monday, ledger);
    }

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Every_member_is_defined_for_every_outcome(string outcome)
    {
        var d = Decide(outcome);

        // Nothing throws, whatever the outcome.
        _ = d.ToString();
        _ = d.Shipments;
        _ = (d.IsLocal, d.IsLate, d.IsSplit, d.Misses, d.Deadline, d.DeliveryDeadline);
        if (d.IsRouted)
        {
            Assert.NotEqual(RoutingOutcome.Unroutable, d.Outcome);
            Assert.NotEmpty(d.Shipments);
            Assert.Equal(d.Deadline!.Value - d.PredictedDispatch.Value, d.Slack.Value);
            Assert.Equal(d.Shipments.Sum(s => s.Cost.Amount), d.Cost.Value.Amount);
            Assert.Equal("EUR", d.Cost.Value.Currency);
            Assert.Equal(d.Shipments.Max(s => s.PredictedDelivery), d.PredictedDelivery.Value);
            Assert.Equal(d.Shipments.Max(s => s.PredictedDispatch.UtcTicks), d.PredictedDispatch.Value.UtcTicks);
            Assert.Equal(d.Primary.Value.Facility.Id, d.FacilityId);
            Assert.Equal(d.Primary.Value.Provider, d.Provider);
            Assert.Equal(d.Primary.Value.ProductionCountry, d.ProductionCountry);
            Assert.True(d.Co2eKg >= 0);
            Assert.Equal(d.IsLate, (d.Misses & DeadlineMiss.Dispatch) != 0 || (d.Misses & DeadlineMiss.Delivery) != 0);
        }
        else
        {
            Assert.Equal(RoutingOutcome.Unroutable, d.Outcome);
            Assert.False(string.IsNullOrEmpty(d.Problem));
            Assert.Empty(d.Shipments);
            Assert.Null(d.Primary);
            Assert.Null(d.Cost);
            Assert.Null(d.Slack);
            Assert.Null(d.PredictedDispatch);
            Assert.Null(d.PredictedDelivery);
            Assert.Null(d.Co2eKg);
            Assert.Null(d.FacilityId);
            Assert.Null(d.Provider);
            Assert.Null(d.ProductionCountry);
            Assert.False(d.IsLocal);
            Assert.False(d.IsLate);
            Assert.Equal(DeadlineMiss.None, d.Misses);
            Assert.StartsWith("unroutable: ", d.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_outcomes_are_the_ones_named()
    {
        Assert.Equal(RoutingOutcome.OnTime, Decide("on-time").Outcome);
        Assert.Equal(RoutingOutcome.Late, Decide("late").Outcome);
        Assert.True(Decide("split").IsSplit);
        Assert.All(["no-lane", "unknown-kind", "no-capacity", "no-rule"], o => Assert.Equal(RoutingOutcome.Unroutable, Decide(o).Outcome));
        Assert.Null(Decide("no-rule").Deadline);
        Assert.NotNull(Decide("no-lane").Deadline);
    }
}
