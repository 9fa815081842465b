using PodConnect.Domain;
using PodConnect.Routing;

namespace PodConnect.Core.Tests.Routing;

/// <summary>
/// Invariants checked on seeded random instances against a brute-force reference written with the
/// public calendar API (no shared code with the router's hot loop).
/// </summary>
public class RoutingPropertyTests
{
    private static readonly DateTimeOffset Week = new(2026, 3, 23, 0, 0, 0, TimeSpan.Zero); // spans the DST change on 29 March

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    /// <summary>What the reference says about one facility for one whole order.</summary>
    private sealed record Reference(int Index, Facility Facility, DateTimeOffset Dispatch, decimal Cost, bool Local);

    private static List<Reference> WholeOrderOptions(CompiledNetwork net, RoutingPolicy policy, Order order, DateTimeOffset now)
    {
        var result = new List<Reference>();
        for (var i = 0; i < net.FacilityCount; i++)
        {
            var f = net.Facility(i);
            var lane = f.FindLane(order.Destination.Country);
            var products = order.Items.Select(it => f.FindProduct(it.Kind)).ToList();
            if (lane is null || products.Any(p => p is null) || policy.ExclusionReason(f) is not null || (policy.MaxTransitDays is { } max && lane.TransitDays > max))
            {
                continue;
            }

            var zone = net.ProductionCalendar(i);
            var start = zone.StartDay(now);
            var production = products.Max(p => p!.ProductionDays);
            var day = zone.Calendar.AddWorkingDays(start, production - 1);
            var dispatch = zone.At(day, f.CollectionTime);
            var cost = lane.Cost + order.Items.Zip(products).Sum(x => x.Second!.UnitCost * x.First.Quantity);
            result.Add(new Reference(i, f, dispatch, cost, f.Country == order.Destination.Country));
        }

        return result;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Decision_is_feasible_whenever_a_feasible_facility_exists_and_is_the_policy_best(int seed)
    {
        var rng = new Random(seed);
        var net = RandomInstances.Network(rng, rng.Next(6, 25)).Compile();
        // The reference below knows ready-to-ship deadlines only; delivery deadlines have their own properties.
        var policy = RoutingPolicy.Create().PreferLocal().ThenBy(RoutingCriterion.Cost).ThenBy(RoutingCriterion.Co2e).WithDeliveryDeadline(DeliveryDeadlineRule.Ignore).Build();
        var router = new Router(net, policy);
        for (var n = 0; n < 150; n++)
        {
            var order = RandomInstances.Order(rng, n, Week);
            var now = order.CreatedAt;
            var decision = router.Route(order, now);
            var deadline = router.DeadlineOf(order);
            var options = WholeOrderOptions(net, policy, order, now);
            var feasible = options.Where(o => o.Dispatch <= deadline).ToList();

            if (feasible.Count > 0)
            {
                Assert.Equal(RoutingOutcome.OnTime, decision.Outcome);
                Assert.False(decision.IsSplit);

                // Reference best: local first, then cost (CO2e ties are rare with random coordinates; fall back to the id).
                var best = feasible.OrderByDescending(o => o.Local).ThenBy(o => o.Cost).First();
                var chosen = feasible.Single(o => o.Facility.Id == decision.FacilityId);
                Assert.Equal((best.Local, best.Cost), (chosen.Local, chosen.Cost));
                Assert.Equal(chosen.Dispatch, decision.PredictedDispatch);
                Assert.Equal(chosen.Cost, decision.Cost!.Value.Amount);
            }
            else if (decision.IsRouted && !decision.IsSplit && options.Count > 0)
            {
                // Nobody makes it in time as one parcel: the least-late single facility, flagged, unless a split is on time.
                Assert.Equal(RoutingOutcome.Late, decision.Outcome);
                Assert.Equal(options.Min(o => o.Dispatch), decision.PredictedDispatch);
            }

            foreach (var s in decision.Shipments)
            {
                Assert.Equal(s.PredictedDispatch <= deadline, !s.IsLate);
                var items = s.ItemIndexes ?? [.. Enumerable.Range(0, order.Items.Count)];
                Assert.All(items, i => Assert.NotNull(s.Facility.FindProduct(order.Items[i].Kind)));
            }

            if (decision.IsSplit)
            {
                Assert.Empty(feasible);
                var covered = decision.Shipments.SelectMany(s => s.ItemIndexes!).Order().ToList();
                Assert.Equal(Enumerable.Range(0, order.Items.Count), covered);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Prefer_local_picks_a_local_facility_whenever_one_is_feasible(int seed)
    {
        var rng = new Random(seed * 7919);
        var net = RandomInstances.Network(rng, rng.Next(6, 25)).Compile();
        var policy = RoutingPolicy.Create().PreferLocal().ThenBy(RoutingCriterion.Co2e).Build();
        var router = new Router(net, policy);
        for (var n = 0; n < 150; n++)
        {
            var order = RandomInstances.Order(rng, n, Week);
            var options = WholeOrderOptions(net, policy, order, order.CreatedAt);
            var deadline = router.DeadlineOf(order);

            var decision = router.Route(order, order.CreatedAt);

            if (options.Any(o => o.Local && o.Dispatch <= deadline))
            {
                Assert.True(decision.IsLocal, $"{order.Id}: chose {decision.FacilityId}");
                Assert.Equal(RoutingOutcome.OnTime, decision.Outcome);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Decisions_are_deterministic_and_independent_of_facility_order(int seed)
    {
        var rng = new Random(seed * 31);
        var network = RandomInstances.Network(rng, rng.Next(6, 25));
        var shuffled = new FacilityNetwork(network.Name, network.Currency, network.Facilities.OrderBy(_ => rng.Next()));
        var compiled = network.Compile();
        var compiledShuffled = shuffled.Compile();
        foreach (var policy in new[]
        {
            RoutingPolicy.Default,
            RoutingPolicy.Create().Prefer(RoutingCriterion.Speed).ThenBy(RoutingCriterion.Cost).Build(),
            RoutingPolicy.Create().Prefer(RoutingCriterion.Cost).WithSafetyMargin(TimeSpan.FromHours(3)).DenyProviders("printify").Build(),
        })
        {
            var a = new Router(compiled, policy);
            var b = new Router(compiledShuffled, policy);
            for (var n = 0; n < 100; n++)
            {
                var order = RandomInstances.Order(rng, n, Week);
                var first = a.Route(order, order.CreatedAt);
                var again = a.Route(order, order.CreatedAt);
                var other = b.Route(order, order.CreatedAt);

                Assert.Equal(Describe(first), Describe(again));
                Assert.Equal(Describe(first), Describe(other));
                Assert.All(first.Shipments, s => Assert.NotEqual("printify", policy.DeniedProviders.Contains("printify") ? s.Provider : "-"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Batch_never_exceeds_a_capacity_and_never_loses_an_order(int seed)
    {
        var rng = new Random(seed * 104729);
        var net = RandomInstances.Network(rng, rng.Next(5, 15), maxCapacity: 20).Compile();
        var router = new Router(net, RoutingPolicy.Create().PreferLocal().ThenBy(RoutingCriterion.Cost).WithBatchHorizon(3).Build());
        var now = Week.AddHours(rng.Next(0, 120));
        var orders = Enumerable.Range(0, rng.Next(50, 400)).Select(i => RandomInstances.Order(rng, i, now)).ToList();

        var result = router.RouteBatch(orders, now);

        Assert.Equal(orders.Count, result.Assignments.Count);
        Assert.Equal(orders.Count, result.OnTime + result.Late + result.Unplaced);
        var booked = new Dictionary<(int, DateOnly), int>();
        for (var i = 0; i < orders.Count; i++)
        {
            var a = result.Assignments[i];
            if (a.Status == BatchStatus.Unplaced)
            {
                Assert.False(string.IsNullOrWhiteSpace(a.Reason));
                continue;
            }

            Assert.All(orders[i].Items, it => Assert.NotNull(a.Facility!.FindProduct(it.Kind)));
            Assert.NotNull(a.Facility!.FindLane(orders[i].Destination.Country));
            Assert.Equal(router.DeadlineOf(orders[i]), a.Deadline);
            Assert.Equal(a.Status == BatchStatus.OnTime, a.PredictedDispatch <= a.Deadline);
            var key = (a.FacilityIndex, a.ProductionStart);
            booked[key] = booked.GetValueOrDefault(key) + orders[i].TotalUnits;
        }

        Assert.All(booked, kv => Assert.True(kv.Value <= net.Facility(kv.Key.Item1).DailyCapacity, $"{kv.Key}: {kv.Value}"));
    }

    private static string Describe(RoutingDecision d) =>
        $"{d.Outcome}|{string.Join(";", d.Shipments.Select(s => $"{s.Facility.Id}@{s.PredictedDispatch:O}/{s.Cost}/{string.Join(",", s.ItemIndexes ?? [])}"))}";
}
