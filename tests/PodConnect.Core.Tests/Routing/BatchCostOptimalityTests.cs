using PodConnect.Core.Tests.Routing.Flow;
using PodConnect.Domain;
using PodConnect.Routing;

namespace PodConnect.Core.Tests.Routing;

/// <summary>
/// RouteBatch's objective is exact for one-unit orders: on seeded random spikes (tight daily capacities,
/// some per-kind caps) its on-time count, unplaced count, local count and total cost equal the optimum
/// of an oracle built here from the public network and calendar API — one node per order (no classes),
/// one arc per order and production slot, solved by a plain Bellman–Ford min-cost flow that shares no
/// code with the router's solver.
/// </summary>
public class BatchCostOptimalityTests
{
    private const int Horizon = 3;

    // Oracle weights, each above everything the levels below can sum to on these instances
    // (≤ 120 orders × ≤ 3,000 cents = 360,000 cents).
    private const long NotLocal = 10_000_000;
    private const long UnplacedExtra = 10_000_000_000;
    private const long NotOnTime = 10_000_000_000_000;

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Cost_first_policy_matches_the_optimum(int seed) =>
        AssertOptimal(seed, RoutingPolicy.Create().Prefer(RoutingCriterion.Cost).ThenBy(RoutingCriterion.Co2e), localFirst: false);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Local_then_cost_policy_matches_the_optimum(int seed) =>
        AssertOptimal(seed, RoutingPolicy.Create().PreferLocal().ThenBy(RoutingCriterion.Cost), localFirst: true);

    private static void AssertOptimal(int seed, RoutingPolicyBuilder policy, bool localFirst)
    {
        var rng = new Random(seed);
        var net = RandomInstances.Network(rng, rng.Next(3, 8), maxCapacity: 5, kindCapacityChance: 0.3).Compile();
        var router = new Router(net, policy.WithBatchHorizon(Horizon).WithDeliveryDeadline(DeliveryDeadlineRule.Ignore).Build());
        var now = new DateTimeOffset(2026, 3, 24, 12, 0, 0, TimeSpan.Zero).AddHours(rng.Next(0, 48));
        var orders = Enumerable.Range(0, rng.Next(30, 120)).Select(i => RandomInstances.OneUnitOrder(rng, i, now)).ToList();

        var result = router.RouteBatch(orders, now);

        var placed = orders.Count - result.Unplaced;
        var ours = ((orders.Count - result.OnTime) * NotOnTime)
            + (result.Unplaced * UnplacedExtra)
            + (localFirst ? (placed - LocalCount(result, orders)) * NotLocal : 0)
            + (long)(result.TotalCost.Amount * 100m);
        Assert.Equal(Optimum(net, orders, now, localFirst), ours);
    }

    private static int LocalCount(BatchResult result, List<Order> orders) =>
        Enumerable.Range(0, orders.Count).Count(i => result.Assignments[i].Facility is { } f && f.Country == orders[i].Destination.Country);

    private static long Optimum(CompiledNetwork net, List<Order> orders, DateTimeOffset now, bool localFirst)
    {
        // Nodes: orders, slots (facility × day), (slot, kind) nodes for capped kinds, sink.
        var slots = net.FacilityCount * Horizon;
        var kinds = RandomInstances.Kinds;
        var firstSlot = orders.Count;
        var firstKind = firstSlot + slots;
        var sink = firstKind + (slots * kinds.Length);
        var flow = new ReferenceMinCostFlow(sink + 1);
        for (var s = 0; s < slots; s++)
        {
            var f = net.Facility(s / Horizon);
            flow.AddArc(firstSlot + s, sink, f.DailyCapacity, 0);
            for (var k = 0; k < kinds.Length; k++)
            {
                if (f.FindProduct(kinds[k])?.DailyCapacity is { } cap)
                {
                    flow.AddArc(firstKind + (s * kinds.Length) + k, firstSlot + s, cap, 0);
                }
            }
        }

        for (var o = 0; o < orders.Count; o++)
        {
            var order = orders[o];
            var kind = order.Items[0].Kind;
            for (var i = 0; i < net.FacilityCount; i++)
            {
                var f = net.Facility(i);
                var product = f.FindProduct(kind);
                var lane = f.FindLane(order.Destination.Country);
                if (product is null || lane is null)
                {
                    continue;
                }

                var zone = net.ProductionCalendar(i);
                var start = zone.StartDay(now);
                for (var d = 0; d < Horizon; d++)
                {
                    var day = d == 0 ? start : zone.Calendar.AddWorkingDays(start, d);
                    var dispatch = zone.At(zone.Calendar.AddWorkingDays(day, product.ProductionDays - 1), f.CollectionTime);
                    var cost = (long)Math.Round((product.UnitCost + lane.Cost) * 100m)
                        + (dispatch > order.Deadlines.ReadyToShipBy ? NotOnTime : 0)
                        + (localFirst && f.Country != order.Destination.Country ? NotLocal : 0);
                    var slot = (i * Horizon) + d;
                    var to = product.DailyCapacity is null ? firstSlot + slot : firstKind + (slot * kinds.Length) + Array.IndexOf(kinds, kind);
                    flow.AddArc(o, to, 1, cost);
                }
            }

            flow.AddArc(o, sink, 1, NotOnTime + UnplacedExtra);
            flow.AddSupply(o, 1);
        }

        return flow.Solve(sink);
    }
}
