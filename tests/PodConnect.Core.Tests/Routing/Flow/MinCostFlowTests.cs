using PodConnect.Routing.Flow;

namespace PodConnect.Core.Tests.Routing.Flow;

/// <summary>
/// The min-cost-flow solver against a brute force: seeded random transportation instances shaped like
/// the batch router's (classes with supply → slots, some through a capped kind node → sink, and an
/// always-open "unplaced" arc per class), every way of splitting each class's supply enumerated.
/// </summary>
public class MinCostFlowTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 400)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Cost_equals_the_brute_force_optimum(int seed)
    {
        var instance = Instance.Random(new Random(seed));

        var (cost, flows) = instance.Solve();

        Assert.Equal(instance.BruteForce(), cost);
        instance.AssertFeasible(flows);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Cost_equals_a_plain_reference_solver_on_random_graphs(int seed)
    {
        // Any shape: arcs between any nodes (cycles, paths through several nodes), sources anywhere, one
        // sink every source can reach through an expensive direct arc.
        var rng = new Random(seed);
        var n = rng.Next(3, 14);
        var sink = n - 1;
        var arcs = new List<(int From, int To, int Capacity, long Cost)>();
        var supply = new int[n];
        for (var v = 0; v < sink; v++)
        {
            supply[v] = rng.NextDouble() < 0.4 ? rng.Next(1, 7) : 0;
            arcs.Add((v, sink, supply[v] + rng.Next(0, 3), 100_000));
        }

        for (var k = rng.Next(n, 5 * n); k > 0; k--)
        {
            var (a, b) = (rng.Next(0, sink), rng.Next(0, n));
            if (a != b)
            {
                arcs.Add((a, b, rng.Next(0, 7), rng.Next(0, 60)));
            }
        }

        using var flow = new MinCostFlow(n, 4);
        var reference = new ReferenceMinCostFlow(n);
        var ids = arcs.Select(x => flow.AddArc(x.From, x.To, x.Capacity, x.Cost)).ToList();
        foreach (var x in arcs)
        {
            reference.AddArc(x.From, x.To, x.Capacity, x.Cost);
        }

        for (var v = 0; v < n; v++)
        {
            flow.AddSupply(v, supply[v]);
            reference.AddSupply(v, supply[v]);
        }

        flow.Solve(sink);

        var cost = Enumerable.Range(0, arcs.Count).Sum(k => (long)flow.Flow(ids[k]) * arcs[k].Cost);
        Assert.Equal(reference.Solve(sink), cost);
        for (var v = 0; v < sink; v++)
        {
            var net = Enumerable.Range(0, arcs.Count).Sum(k => (arcs[k].From == v ? flow.Flow(ids[k]) : 0) - (arcs[k].To == v ? flow.Flow(ids[k]) : 0));
            Assert.Equal(supply[v], net);
        }

        Assert.All(Enumerable.Range(0, arcs.Count), k => Assert.InRange(flow.Flow(ids[k]), 0, arcs[k].Capacity));
    }

    [Fact]
    public void Lexicographic_weights_make_one_late_order_outweigh_any_cost_saving()
    {
        // Two classes, one slot of one unit. Class A is on time only there (cost 900); B is on time
        // anywhere and saves 800 there. Fewer late orders must win over the saving.
        var w = LexicographicWeights.Of(cycleArcs: 6, 1_000, 1, 1);
        using var flow = new MinCostFlow(5, 8);
        const int a = 0, b = 1, slot = 2, other = 3, sink = 4;
        var aSlot = flow.AddArc(a, slot, 1, 900);
        flow.AddArc(a, other, 1, 100 + w[1]);
        flow.AddArc(b, slot, 1, 100);
        var bOther = flow.AddArc(b, other, 1, 900);
        flow.AddArc(a, sink, 1, w[2]);
        flow.AddArc(b, sink, 1, w[2]);
        flow.AddArc(slot, sink, 1, 0);
        flow.AddArc(other, sink, 1, 0);
        flow.AddSupply(a, 1);
        flow.AddSupply(b, 1);

        flow.Solve(sink);

        Assert.Equal(1, flow.Flow(aSlot));
        Assert.Equal(1, flow.Flow(bOther));
    }

    [Fact]
    public void Weights_grow_by_the_cycle_bound_times_what_lower_levels_can_put_on_an_arc()
    {
        var w = LexicographicWeights.Of(10, 7, 3, 1);

        Assert.Equal([(Int128)1, 71, (10 * (7 + (71 * 3))) + 1], w);
    }

    [Fact]
    public void Supply_without_a_path_to_the_sink_is_an_error_not_a_hang()
    {
        using var flow = new MinCostFlow(3, 2);
        flow.AddArc(0, 1, 5, 1);
        flow.AddSupply(0, 1);

        Assert.Throws<InvalidOperationException>(() => flow.Solve(2));
    }

    private sealed class Instance
    {
        private readonly int[] _supply;
        private readonly int[] _slotCapacity;
        private readonly int?[] _slotKindCap; // a capped kind node in front of the slot, or null
        private readonly long?[,] _cost;      // class × slot; null = no arc
        private readonly long[] _unplaced;

        private Instance(int[] supply, int[] slotCapacity, int?[] slotKindCap, long?[,] cost, long[] unplaced)
        {
            _supply = supply;
            _slotCapacity = slotCapacity;
            _slotKindCap = slotKindCap;
            _cost = cost;
            _unplaced = unplaced;
        }

        private int Classes => _supply.Length;

        private int Slots => _slotCapacity.Length;

        public static Instance Random(Random rng)
        {
            var classes = rng.Next(1, 4);
            var slots = rng.Next(1, 4);
            var supply = Enumerable.Range(0, classes).Select(_ => rng.Next(1, 4)).ToArray();
            var capacity = Enumerable.Range(0, slots).Select(_ => rng.Next(0, 4)).ToArray();
            var kindCap = Enumerable.Range(0, slots).Select(_ => rng.NextDouble() < 0.3 ? rng.Next(0, 3) : (int?)null).ToArray();
            var cost = new long?[classes, slots];
            for (var c = 0; c < classes; c++)
            {
                for (var s = 0; s < slots; s++)
                {
                    // Costs with ties, zeros and big "late" penalties, as the router's are.
                    cost[c, s] = rng.NextDouble() < 0.75 ? rng.Next(0, 6) + (rng.NextDouble() < 0.3 ? 1_000 : 0) : null;
                }
            }

            var unplaced = Enumerable.Range(0, classes).Select(_ => (long)rng.Next(3, 5_000)).ToArray();
            return new Instance(supply, capacity, kindCap, cost, unplaced);
        }

        public (long Cost, int[,] Flows) Solve()
        {
            var sink = Classes + (2 * Slots);
            using var flow = new MinCostFlow(sink + 1, 4);
            var arcs = new int[Classes, Slots];
            for (var c = 0; c < Classes; c++)
            {
                for (var s = 0; s < Slots; s++)
                {
                    arcs[c, s] = _cost[c, s] is { } cost ? flow.AddArc(c, _slotKindCap[s] is null ? Classes + s : Classes + Slots + s, _supply[c], cost) : -1;
                }

                flow.AddArc(c, sink, _supply[c], _unplaced[c]);
                flow.AddSupply(c, _supply[c]);
            }

            for (var s = 0; s < Slots; s++)
            {
                if (_slotKindCap[s] is { } cap)
                {
                    flow.AddArc(Classes + Slots + s, Classes + s, cap, 0);
                }

                flow.AddArc(Classes + s, sink, _slotCapacity[s], 0);
            }

            flow.Solve(sink);
            var flows = new int[Classes, Slots];
            long total = 0;
            for (var c = 0; c < Classes; c++)
            {
                var placed = 0;
                for (var s = 0; s < Slots; s++)
                {
                    flows[c, s] = arcs[c, s] < 0 ? 0 : flow.Flow(arcs[c, s]);
                    total += flows[c, s] * _cost[c, s].GetValueOrDefault();
                    placed += flows[c, s];
                }

                total += (_supply[c] - placed) * _unplaced[c];
            }

            return (total, flows);
        }

        public void AssertFeasible(int[,] flows)
        {
            for (var s = 0; s < Slots; s++)
            {
                var into = Enumerable.Range(0, Classes).Sum(c => flows[c, s]);
                Assert.True(into <= Math.Min(_slotCapacity[s], _slotKindCap[s] ?? int.MaxValue), $"slot {s} over capacity");
            }

            for (var c = 0; c < Classes; c++)
            {
                Assert.True(Enumerable.Range(0, Slots).Sum(s => flows[c, s]) <= _supply[c]);
            }
        }

        public long BruteForce()
        {
            var room = _slotCapacity.Select((cap, s) => Math.Min(cap, _slotKindCap[s] ?? int.MaxValue)).ToArray();
            return Best(0, 0, _supply[0], room);

            // Class c decides how many of its remaining units go to slot s (then the next slot); what is left is unplaced.
            long Best(int c, int s, int left, int[] room)
            {
                if (c == Classes)
                {
                    return 0;
                }

                if (s == Slots)
                {
                    return (left * _unplaced[c]) + (c + 1 < Classes ? Best(c + 1, 0, _supply[c + 1], room) : 0);
                }

                var best = long.MaxValue;
                var most = _cost[c, s] is null ? 0 : Math.Min(left, room[s]);
                for (var k = 0; k <= most; k++)
                {
                    room[s] -= k;
                    best = Math.Min(best, (k * _cost[c, s].GetValueOrDefault()) + Best(c, s + 1, left - k, room));
                    room[s] += k;
                }

                return best;
            }
        }
    }
}
