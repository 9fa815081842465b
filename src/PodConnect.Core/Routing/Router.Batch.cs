using System.Globalization;
using System.Text;
using PodConnect.Domain;

namespace PodConnect.Routing;

public sealed partial class Router
{
    private const string LateReason = "late: every option that dispatches in time was already full";
    private const string NoCapacityReason = "unplaced: no capacity left at any facility that can make it within the batch horizon";
    private const string NoLaneReason = "unplaced: no facility ships to the destination country";
    private const string UnknownKindReason = "unplaced: no facility makes one of the product kinds";
    private const string NoFacilityReason = "unplaced: no single facility allowed by the policy makes every item and ships there (route it alone with Route() to split it)";

    /// <summary>
    /// Assigns a whole spike at once under each facility's daily capacity: as many orders on time as
    /// it can, then by the policy's preferences (local, cost, CO2e…), then the rest at the least-late
    /// option with capacity; orders are never dropped — an order that cannot be placed comes back
    /// <see cref="BatchStatus.Unplaced"/> with the reason. Production may be scheduled up to
    /// <see cref="RoutingPolicy.BatchHorizonDays"/> working days ahead when today is full.
    /// </summary>
    /// <remarks>
    /// Orders that are alike (destination, items, and which options meet their deadline) form a class;
    /// classes are served most constrained first (fewest on-time options), each taking the most
    /// preferred on-time option with capacity. Each order goes whole to one facility. Capacity counts
    /// units, booked on the production start day. The benchmarks compare the late count and cost with
    /// the exact min-cost-flow optimum.
    /// </remarks>
    public BatchResult RouteBatch(IReadOnlyList<Order> orders, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var h = Policy.BatchHorizonDays;
        var nowTicks = now.UtcTicks;
        var slotDay = new int[_f.Length * h];
        var capacity = new int[_f.Length * h];
        for (var i = 0; i < _f.Length; i++)
        {
            var start = _f[i].StartDay(nowTicks);
            for (var k = 0; k < h; k++)
            {
                slotDay[(i * h) + k] = k == 0 ? start : _f[i].Calendar.AddWorkingDays(start, k);
                capacity[(i * h) + k] = _f[i].Capacity;
            }
        }

        var state = new BatchState(this, slotDay, h);
        var result = new BatchAssignment[orders.Count];
        var orderClass = new int[orders.Count];
        var deadlines = new DateTimeOffset[orders.Count];
        for (var i = 0; i < orders.Count; i++)
        {
            var order = orders[i] ?? throw new ArgumentException($"orders[{i}] is null.", nameof(orders));
            orderClass[i] = -1;
            DateTimeOffset deadline;
            try
            {
                deadline = DeadlineOf(order);
            }
            catch (ArgumentException e)
            {
                // No TikTok deadline and no market rule: say so on this order rather than failing the spike.
                result[i] = new BatchAssignment(BatchStatus.Unplaced, "unplaced: " + e.Message, default);
                continue;
            }

            deadlines[i] = deadline;
            var dest = _net.DestinationIndex(order.Destination.Country);
            if (dest < 0)
            {
                result[i] = new BatchAssignment(BatchStatus.Unplaced, NoLaneReason, deadline);
                continue;
            }

            var group = state.GroupOf(order, dest);
            if (group is null)
            {
                result[i] = new BatchAssignment(BatchStatus.Unplaced, UnknownKindReason, deadline);
                continue;
            }

            if (group.Options.Length == 0)
            {
                result[i] = new BatchAssignment(BatchStatus.Unplaced, NoFacilityReason, deadline);
                continue;
            }

            orderClass[i] = state.ClassOf(group, deadline.UtcTicks - _marginTicks);
        }

        var classes = state.Classes;

        // On time, most constrained classes first.
        var order1 = Enumerable.Range(0, classes.Count)
            .OrderBy(c => classes[c].OnTimeOptions)
            .ThenBy(c => classes[c].Threshold)
            .ToArray();
        foreach (var c in order1)
        {
            var cls = classes[c];
            var g = cls.Group;
            var need = cls.Count;
            foreach (var o in g.PreferenceOrder)
            {
                if (need == 0)
                {
                    break;
                }

                ref readonly var opt = ref g.Options[o];
                if (opt.Dispatch > cls.Threshold)
                {
                    continue;
                }

                var take = Math.Min(need, capacity[opt.Slot] / g.Units);
                if (take > 0)
                {
                    capacity[opt.Slot] -= take * g.Units;
                    cls.OnTime[o] = take;
                    need -= take;
                }
            }

            cls.Unserved = need;
        }

        // Greedy can block a tight class with a looser one; augmenting paths fix that until no more
        // orders can be moved on time (a maximum flow over classes and slots).
        MaximizeOnTime(classes, capacity, _f.Length * h);
        foreach (var cls in classes)
        {
            foreach (var (o, count) in cls.OnTime)
            {
                if (count > 0)
                {
                    cls.Allocations.Add((o, count));
                }
            }
        }

        // Then the rest at the least-late option with capacity, earliest deadlines first.
        foreach (var c in Enumerable.Range(0, classes.Count).Where(c => classes[c].Unserved > 0).OrderBy(c => classes[c].Threshold))
        {
            var cls = classes[c];
            var g = cls.Group;
            foreach (var o in g.DispatchOrder)
            {
                if (cls.Unserved == 0)
                {
                    break;
                }

                var slot = g.Options[o].Slot;
                var take = Math.Min(cls.Unserved, capacity[slot] / g.Units);
                if (take > 0)
                {
                    capacity[slot] -= take * g.Units;
                    cls.Allocations.Add((o, take));
                    cls.Unserved -= take;
                }
            }
        }

        // Hand the allocations out to the orders, in input order within each class.
        for (var i = 0; i < orders.Count; i++)
        {
            var c = orderClass[i];
            if (c < 0)
            {
                continue;
            }

            var cls = classes[c];
            if (cls.Cursor >= cls.Allocations.Count)
            {
                result[i] = new BatchAssignment(BatchStatus.Unplaced, NoCapacityReason, deadlines[i]);
                continue;
            }

            var (o, count) = cls.Allocations[cls.Cursor];
            if (++cls.UsedInCursor == count)
            {
                cls.Cursor++;
                cls.UsedInCursor = 0;
            }

            ref readonly var opt = ref cls.Group.Options[o];
            var f = _f[opt.Facility];
            var onTime = opt.Dispatch <= deadlines[i].UtcTicks - _marginTicks;
            result[i] = new BatchAssignment(
                onTime ? BatchStatus.OnTime : BatchStatus.Late,
                f,
                slotDay[opt.Slot],
                opt.Dispatch,
                f.OffsetAt(opt.Day, opt.Dispatch),
                deadlines[i],
                opt.Cost,
                opt.Co2,
                _net.Currency,
                onTime ? null : LateReason);
        }

        var booked = new int[capacity.Length];
        for (var s = 0; s < capacity.Length; s++)
        {
            booked[s] = _f[s / h].Capacity - capacity[s];
        }

        return new BatchResult(result, booked, h, _net.Currency);
    }

    /// <summary>One production option for a group: a facility and a production day (slot).</summary>
    private struct BatchOption
    {
        public int Slot;
        public int Facility;
        public int Day;
        public long Dispatch;
        public long Cost;
        public double Co2;
    }

    /// <summary>Orders with the same destination and items: the same options.</summary>
    private sealed class BatchGroup
    {
        public BatchOption[] Options = [];
        public int[] PreferenceOrder = [];
        public int[] DispatchOrder = [];
        public long[] DistinctDispatch = [];
        public int Units;
        public readonly Dictionary<int, int> ClassByBucket = [];
    }

    /// <summary>Orders of one group whose deadlines admit the same options.</summary>
    private sealed class BatchClass(BatchGroup group, long threshold, int onTimeOptions)
    {
        public BatchGroup Group { get; } = group;

        /// <summary>Options dispatching at or before this are on time for every order of the class.</summary>
        public long Threshold { get; } = threshold;

        public int OnTimeOptions { get; } = onTimeOptions;

        public int Count;
        public int Unserved;
        public int Cursor;
        public int UsedInCursor;
        public readonly List<(int Option, int Count)> Allocations = [];

        /// <summary>On-time allocations by option index (counts may drop to zero during repair).</summary>
        public readonly Dictionary<int, int> OnTime = [];

        private int[]? _onTimeOptions;

        /// <summary>Indexes of the group's options that are on time for this class, in preference order.</summary>
        public int[] OnTimeOptionIndexes => _onTimeOptions ??= [.. Group.PreferenceOrder.Where(o => Group.Options[o].Dispatch <= Threshold)];
    }

    private sealed class BatchState(Router router, int[] slotDay, int horizon)
    {
        private readonly Dictionary<long, BatchGroup?> _single = [];
        private readonly Dictionary<string, BatchGroup?> _multi = new(StringComparer.Ordinal);

        public List<BatchClass> Classes { get; } = [];

        public BatchGroup? GroupOf(Order order, int dest)
        {
            var items = order.Items;
            if (items.Count == 1)
            {
                var kind = router._net.KindIndex(items[0].Kind);
                if (kind < 0)
                {
                    return null;
                }

                var key = ((long)dest << 40) | ((long)kind << 32) | (uint)items[0].Quantity;
                if (!_single.TryGetValue(key, out var g))
                {
                    g = Build(dest, [kind], [items[0].Quantity]);
                    _single.Add(key, g);
                }

                return g;
            }

            var kinds = new int[items.Count];
            var quantities = new int[items.Count];
            var sb = new StringBuilder().Append(dest);
            for (var j = 0; j < items.Count; j++)
            {
                kinds[j] = router._net.KindIndex(items[j].Kind);
                if (kinds[j] < 0)
                {
                    return null;
                }

                quantities[j] = items[j].Quantity;
            }

            foreach (var (k, q) in kinds.Zip(quantities).OrderBy(x => x.First).ThenBy(x => x.Second))
            {
                sb.Append('|').Append(k).Append(':').Append(q.ToString(CultureInfo.InvariantCulture));
            }

            var text = sb.ToString();
            if (!_multi.TryGetValue(text, out var group))
            {
                group = Build(dest, kinds, quantities);
                _multi.Add(text, group);
            }

            return group;
        }

        public int ClassOf(BatchGroup g, long limit)
        {
            // Number of distinct dispatch instants at or before the limit: orders with the same count admit the same options.
            var bucket = UpperBound(g.DistinctDispatch, limit);
            if (!g.ClassByBucket.TryGetValue(bucket, out var c))
            {
                var threshold = bucket == 0 ? long.MinValue : g.DistinctDispatch[bucket - 1];
                var onTime = 0;
                foreach (var o in g.Options)
                {
                    onTime += o.Dispatch <= threshold ? 1 : 0;
                }

                c = Classes.Count;
                Classes.Add(new BatchClass(g, threshold, onTime));
                g.ClassByBucket.Add(bucket, c);
            }

            Classes[c].Count++;
            return c;
        }

        private static int UpperBound(long[] sorted, long value)
        {
            int lo = 0, hi = sorted.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (sorted[mid] <= value)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        private BatchGroup Build(int dest, int[] kinds, int[] quantities)
        {
            var f = router._f;
            var net = router._net;
            ulong mask = 0;
            var units = 0;
            var rarest = kinds[0];
            for (var j = 0; j < kinds.Length; j++)
            {
                mask |= 1UL << kinds[j];
                units += quantities[j];
                if (router._ranked[(dest * router._kinds) + kinds[j]].Length < router._ranked[(dest * router._kinds) + rarest].Length)
                {
                    rarest = kinds[j];
                }
            }

            var options = new List<BatchOption>();
            var candidates = new List<Candidate>();
            var dayOffset = new List<int>();
            foreach (var i in router._ranked[(dest * router._kinds) + rarest])
            {
                var fd = f[i];
                if ((fd.KindMask & mask) != mask)
                {
                    continue;
                }

                var production = 0;
                long cost = fd.ShipCostCents[dest];
                double kg = 0;
                for (var j = 0; j < kinds.Length; j++)
                {
                    production = Math.Max(production, fd.ProductionDays[kinds[j]]);
                    cost += fd.UnitCostCents[kinds[j]] * quantities[j];
                    kg += net.KilogramsByKind[kinds[j]] * quantities[j];
                }

                for (var k = 0; k < horizon; k++)
                {
                    var slot = (i * horizon) + k;
                    var day = fd.DispatchDay(slotDay[slot], production);
                    var dispatch = fd.CollectionUtcTicks(day);
                    options.Add(new BatchOption { Slot = slot, Facility = i, Day = day, Dispatch = dispatch, Cost = cost, Co2 = kg * fd.Co2PerKg[dest] });
                    candidates.Add(new Candidate { Facility = i, Start = slotDay[slot], Day = day, Dispatch = dispatch, Cost = cost, Co2 = kg * fd.Co2PerKg[dest], Local = fd.OwnCountryDestination == dest });
                    dayOffset.Add(k);
                }
            }

            var preference = Enumerable.Range(0, options.Count).ToArray();
            Array.Sort(preference, (a, b) =>
            {
                var r = router.Compare(candidates[a], candidates[b], dest);
                return r != 0 ? r : dayOffset[a].CompareTo(dayOffset[b]);
            });
            var rank = new int[options.Count];
            for (var r = 0; r < preference.Length; r++)
            {
                rank[preference[r]] = r;
            }

            var byDispatch = Enumerable.Range(0, options.Count).ToArray();
            Array.Sort(byDispatch, (a, b) =>
            {
                var r = options[a].Dispatch.CompareTo(options[b].Dispatch);
                return r != 0 ? r : rank[a].CompareTo(rank[b]);
            });

            return new BatchGroup
            {
                Options = [.. options],
                PreferenceOrder = preference,
                DispatchOrder = byDispatch,
                DistinctDispatch = [.. options.Select(o => o.Dispatch).Distinct().Order()],
                Units = units,
            };
        }
    }
}
