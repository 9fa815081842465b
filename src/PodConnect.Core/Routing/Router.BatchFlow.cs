using System.Buffers;
using PodConnect.Routing.Flow;

namespace PodConnect.Routing;

public sealed partial class Router
{
    /// <summary>
    /// Places every one-unit class exactly: a min-cost flow from classes (supply = their orders) to
    /// production slots (capacity = room left on the day, after the ledger and any multi-unit orders
    /// already placed) and on to a sink; where a facility caps the class's kind, the arc goes through a
    /// (slot, kind) node whose capacity is that kind's room. One lexicographic cost makes a single solve
    /// minimise, in order: orders not on time (late or unplaced), unplaced orders, then (under <see cref="DeliveryDeadlineRule.RankBehind"/>)
    /// on-time orders that deliver late, then what the policy ranks next — locality then cost when the
    /// policy puts Local before Cost, cost when it puts Cost first — and last each order's rank among its
    /// options in the policy's order (the tie-break <c>Route</c> would use). Writes
    /// <see cref="BatchClass.Placed"/> and <see cref="BatchClass.Unserved"/> of those classes and books
    /// their units in <paramref name="capacity"/> and <paramref name="kindRoom"/>.
    /// </summary>
    private void PlaceUnitClassesByFlow(List<BatchClass> classes, int[] capacity, int[]? kindRoom, int slots)
    {
        var units = new List<int>();
        for (var c = 0; c < classes.Count; c++)
        {
            if (classes[c].Group.Units == 1 && classes[c].Unserved > 0)
            {
                units.Add(c);
            }
        }

        if (units.Count == 0)
        {
            return;
        }

        // Nodes: unit classes, then slots, then (slot, kind) nodes where a kind is capped, then the sink.
        var kindNode = kindRoom is null ? null : new Dictionary<int, int>();
        var arcs = 0;
        var options = 0;
        var maxRank = 0L;
        var maxCents = 0L;
        foreach (var c in units)
        {
            var g = classes[c].Group;
            var kind = KindOf(classes[c]);
            maxRank = Math.Max(maxRank, g.Options.Length);
            options += g.Options.Length;
            foreach (ref readonly var o in g.Options.AsSpan())
            {
                if (!Usable(o.Slot, kind, capacity, kindRoom))
                {
                    continue;
                }

                arcs++;
                maxCents = Math.Max(maxCents, o.Cost);
                if (KindCapped(o.Slot, kind, kindRoom))
                {
                    kindNode!.TryAdd((o.Slot * _kinds) + kind, 0);
                }
            }
        }

        var firstSlot = units.Count;
        var firstKind = firstSlot + slots;
        var kindKeys = kindNode is null ? [] : kindNode.Keys.Order().ToArray();
        for (var i = 0; i < kindKeys.Length; i++)
        {
            kindNode![kindKeys[i]] = firstKind + i;
        }

        var sink = firstKind + kindKeys.Length;
        using var flow = new MinCostFlow(sink + 1, arcs + units.Count + slots + kindKeys.Length);

        // One flat array of arc ids, class after class (a running offset, no per-class arrays); each
        // class's unplaced arc is added after all option arcs, so its id is firstUnplaced + n.
        var arcOf = ArrayPool<int>.Shared.Rent(options);
        try
        {
            var levels = Levels(Math.Min(units.Count, slots + kindKeys.Length + 1), maxRank, maxCents);
            var at = 0;
            for (var n = 0; n < units.Count; n++)
            {
                var cls = classes[units[n]];
                var g = cls.Group;
                var kind = KindOf(cls);
                for (var o = 0; o < g.Options.Length; o++, at++)
                {
                    var slot = g.Options[o].Slot;
                    if (!Usable(slot, kind, capacity, kindRoom))
                    {
                        arcOf[at] = -1;
                        continue;
                    }

                    var to = KindCapped(slot, kind, kindRoom) ? kindNode![(slot * _kinds) + kind] : firstSlot + slot;
                    arcOf[at] = flow.AddArc(n, to, cls.Unserved, levels.Cost(cls, o));
                }
            }

            var firstUnplaced = flow.ArcCount;
            for (var n = 0; n < units.Count; n++)
            {
                var cls = classes[units[n]];
                flow.AddArc(n, sink, cls.Unserved, levels.Unplaced);
                flow.AddSupply(n, cls.Unserved);
            }

            AddSlotSideArcs(flow, kindNode, kindKeys, kindRoom, capacity, firstSlot, slots, sink);
            flow.Solve(sink);

            at = 0;
            for (var n = 0; n < units.Count; n++)
            {
                var cls = classes[units[n]];
                for (var o = 0; o < cls.Group.Options.Length; o++, at++)
                {
                    var placed = arcOf[at] < 0 ? 0 : flow.Flow(arcOf[at]);
                    if (placed > 0)
                    {
                        cls.Placed[o] = placed;
                        Book(cls.Group, cls.Group.Options[o].Slot, placed, capacity, kindRoom);
                    }
                }

                cls.Unserved = flow.Flow(firstUnplaced + n);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(arcOf);
        }
    }

    /// <summary>Arcs from each capped (slot, kind) node to its slot, and from each slot with room to the sink.</summary>
    private void AddSlotSideArcs(MinCostFlow flow, Dictionary<int, int>? kindNode, int[] kindKeys, int[]? kindRoom, int[] capacity, int firstSlot, int slots, int sink)
    {
        foreach (var key in kindKeys)
        {
            flow.AddArc(kindNode![key], firstSlot + (key / _kinds), kindRoom![key], 0);
        }

        for (var s = 0; s < slots; s++)
        {
            if (capacity[s] > 0)
            {
                flow.AddArc(firstSlot + s, sink, capacity[s], 0);
            }
        }
    }

    /// <summary>Whether a slot can take an order of a kind at all (a node with no room would be a dead end).</summary>
    private bool Usable(int slot, int kind, int[] capacity, int[]? kindRoom) =>
        capacity[slot] > 0 && (kindRoom is null || kindRoom[(slot * _kinds) + kind] > 0);

    private bool KindCapped(int slot, int kind, int[]? kindRoom) =>
        kindRoom is not null && kindRoom[(slot * _kinds) + kind] != int.MaxValue;

    /// <summary>The flow's lexicographic cost levels for this router's policy (see <see cref="PlaceUnitClassesByFlow"/>).</summary>
    private FlowLevels Levels(int classesOrSlots, long maxRank, long maxCents)
    {
        var cost = Array.IndexOf(_prefs, RoutingCriterion.Cost);
        var weighsCost = cost >= 0 && _prefs.Take(cost).All(p => p == RoutingCriterion.Local);
        var localFirst = weighsCost && cost > 0;

        // A simple cycle alternates classes and slot-side nodes, two costed arcs per class.
        var cycleArcs = (2L * classesOrSlots) + 2;
        var w = LexicographicWeights.Of(cycleArcs, maxRank, weighsCost ? maxCents : 0, localFirst ? 1 : 0, _deliveryRule == DeliveryDeadlineRule.RankBehind ? 1 : 0, 1, 1);
        return new FlowLevels(this, weighsCost, localFirst, w);
    }

    /// <summary>
    /// The weights of the flow's cost levels, lowest first: rank, cents, not local, delivers late,
    /// unplaced, not on time. An unplaced order is not on time either, so it pays both of the top two:
    /// the number of on-time orders is maximised first, then as many of the others as possible are placed.
    /// </summary>
    private sealed class FlowLevels(Router router, bool weighsCost, bool localFirst, Int128[] w)
    {
        public Int128 Unplaced => w[5] + w[4];

        /// <summary>One order of <paramref name="cls"/> on option <paramref name="o"/>.</summary>
        public Int128 Cost(BatchClass cls, int o)
        {
            var g = cls.Group;
            ref readonly var opt = ref g.Options[o];
            Int128 c = g.Rank[o];
            if (weighsCost)
            {
                c += w[1] * opt.Cost;
            }

            if (localFirst && router._f[opt.Facility].OwnCountryDestination != g.Destination)
            {
                c += w[2];
            }

            if (!cls.Admits(opt))
            {
                c += w[5];
            }
            else if (router._deliveryRule == DeliveryDeadlineRule.RankBehind && !cls.DeliversInTime(opt))
            {
                c += w[3];
            }

            return c;
        }
    }
}
