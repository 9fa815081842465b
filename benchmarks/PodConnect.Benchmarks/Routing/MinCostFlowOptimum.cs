using Google.OrTools.Graph;
using PodConnect.Domain;
using PodConnect.Routing;

namespace PodConnect.Benchmarks.Routing;

/// <summary>
/// The exact optimum of a batch instance as a min-cost flow (OR-Tools), built independently of the
/// batch router from the public network and calendar API: orders → production slots (facility ×
/// working day within the horizon) → sink, slot capacity = daily capacity. An arc's cost is its price
/// in cents plus a penalty for a late dispatch large enough that fewer late orders always wins; an
/// "unplaced" arc costs more than any late one. Orders that are alike (same destination and product,
/// deadlines admitting the same slots) are one supply node, which leaves the optimum unchanged.
/// </summary>
internal static class MinCostFlowOptimum
{
    private const long LatePenalty = 100_000_000; // cents: more than any re-routing could save in price
    private const long UnplacedPenalty = 3 * LatePenalty;

    public sealed record Result(int Late, int Unplaced, long CostCents, long OnTimeCostCents, int SupplyNodes, int Arcs, TimeSpan SolveTime);

    public static Result Solve(CompiledNetwork net, IReadOnlyList<Order> orders, DateTimeOffset now, int horizon)
    {
        var options = new Dictionary<(CountryCode, ProductKind), List<(int Slot, long Dispatch, long Cost)>>();
        var classes = new Dictionary<(CountryCode, ProductKind, long Threshold), int>();
        foreach (var order in orders)
        {
            var key = (order.Destination.Country, order.Items[0].Kind);
            if (!options.TryGetValue(key, out var list))
            {
                list = Options(net, key.Country, key.Kind, now, horizon);
                options.Add(key, list);
            }

            // Deadlines between the same two consecutive dispatch instants admit the same slots.
            var deadline = order.Deadlines.ReadyToShipBy!.Value.UtcTicks;
            var threshold = list.Select(o => o.Dispatch).Where(d => d <= deadline).DefaultIfEmpty(long.MinValue).Max();
            var ck = (key.Country, key.Kind, threshold);
            classes[ck] = classes.GetValueOrDefault(ck) + 1;
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var flow = new MinCostFlow();
        var classList = classes.ToList();
        var slots = net.FacilityCount * horizon;
        var sink = classList.Count + slots;
        var late = new List<int>();
        var onTime = new List<int>();
        var unplaced = new List<int>();
        var arcCost = new Dictionary<int, long>();
        for (var c = 0; c < classList.Count; c++)
        {
            var ((country, kind, threshold), count) = classList[c];
            foreach (var o in options[(country, kind)])
            {
                var isLate = o.Dispatch > threshold;
                var arc = flow.AddArcWithCapacityAndUnitCost(c, classList.Count + o.Slot, count, o.Cost + (isLate ? LatePenalty : 0));
                (isLate ? late : onTime).Add(arc);
                arcCost[arc] = o.Cost;
            }

            unplaced.Add(flow.AddArcWithCapacityAndUnitCost(c, sink, count, UnplacedPenalty));
            flow.SetNodeSupply(c, count);
        }

        for (var s = 0; s < slots; s++)
        {
            flow.AddArcWithCapacityAndUnitCost(classList.Count + s, sink, net.Facility(s / horizon).DailyCapacity, 0);
        }

        flow.SetNodeSupply(sink, -orders.Count);
        var status = flow.Solve();
        started.Stop();
        if (status != MinCostFlow.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"OR-Tools min-cost flow: {status}.");
        }

        long cost = 0;
        foreach (var arc in late.Concat(onTime))
        {
            cost += flow.Flow(arc) * arcCost[arc];
        }

        long onTimeCost = 0;
        foreach (var arc in onTime)
        {
            onTimeCost += flow.Flow(arc) * arcCost[arc];
        }

        return new Result(
            (int)late.Sum(a => flow.Flow(a)),
            (int)unplaced.Sum(a => flow.Flow(a)),
            cost,
            onTimeCost,
            classList.Count,
            flow.NumArcs(),
            started.Elapsed);
    }

    private static List<(int Slot, long Dispatch, long Cost)> Options(CompiledNetwork net, CountryCode destination, ProductKind kind, DateTimeOffset now, int horizon)
    {
        var list = new List<(int, long, long)>();
        for (var i = 0; i < net.FacilityCount; i++)
        {
            var f = net.Facility(i);
            var product = f.FindProduct(kind);
            var lane = f.FindLane(destination);
            if (product is null || lane is null)
            {
                continue;
            }

            var zone = net.ProductionCalendar(i);
            var start = zone.StartDay(now);
            for (var k = 0; k < horizon; k++)
            {
                var day = k == 0 ? start : zone.Calendar.AddWorkingDays(start, k);
                var dispatchDay = zone.Calendar.AddWorkingDays(day, product.ProductionDays - 1);
                var dispatch = zone.At(dispatchDay, f.CollectionTime).UtcTicks;
                list.Add(((i * horizon) + k, dispatch, (long)Math.Round((product.UnitCost + lane.Cost) * 100m)));
            }
        }

        return list;
    }
}
