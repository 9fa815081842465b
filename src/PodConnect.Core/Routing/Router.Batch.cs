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

    /// <summary>Routes a spike with capacity as the only condition (see <see cref="RouteBatch(IReadOnlyList{Order}, DateTimeOffset, in RoutingConditions)"/>).</summary>
    public BatchResult RouteBatch(IReadOnlyList<Order> orders, DateTimeOffset now, CapacityLedger? capacity = null) =>
        RouteBatch(orders, now, new RoutingConditions(capacity));

    /// <summary>
    /// Assigns a whole spike at once under each facility's daily capacity (in total and per product
    /// kind): first as many orders on time as possible, then the lowest cost — the policy's other
    /// preferences break ties; orders are never dropped — an order that cannot be placed comes back
    /// <see cref="BatchStatus.Unplaced"/> with the reason. The capacity rule is
    /// <see cref="Route(Order, DateTimeOffset, in RoutingConditions)"/>'s: units booked on the production
    /// start day, day 0 or one of the next <see cref="RoutingPolicy.BatchHorizonDays"/> − 1 working days,
    /// on top of what the ledger in <paramref name="conditions"/> already holds (the batch does not book
    /// into it; book the assignments you place). Stock-outs, closures and learned lead times apply as in <c>Route</c>.
    /// </summary>
    /// <remarks>
    /// Orders that are alike (destination, items, and which options meet their deadlines) form a class.
    /// One-unit classes are placed by an exact min-cost flow whose lexicographic cost puts, in order: the
    /// on-time count, the unplaced count, (under <see cref="DeliveryDeadlineRule.RankBehind"/>) timely
    /// deliveries, locality where the policy puts it before cost, cost, and each order's preference rank.
    /// Multi-unit and multi-line orders cannot be split in a flow: when present they are placed first by
    /// greedy passes (most constrained first, then augmenting paths, then the cheapest slot with room),
    /// and the flow places the one-unit orders in the room they leave. Each order goes whole to one
    /// facility. The policy's <see cref="DeliveryDeadlineRule"/> means what it means for <c>Route</c>:
    /// with <see cref="DeliveryDeadlineRule.RankBehind"/> an option that dispatches in time but delivers
    /// late still counts as on time, and is taken only where no option that also delivers in time has room.
    /// </remarks>
    public BatchResult RouteBatch(IReadOnlyList<Order> orders, DateTimeOffset now, in RoutingConditions conditions)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var h = _horizon;
        var nowTicks = now.UtcTicks;
        var slots = _f.Length * h;
        var slotDay = new int[slots];
        var capacity = new int[slots];
        var ledger = conditions.Capacity;
        var kindRoom = _f.Any(f => f.HasKindCapacity) ? new int[slots * _kinds] : null;
        for (var i = 0; i < _f.Length; i++)
        {
            var start = _f[i].StartDay(nowTicks);
            for (var k = 0; k < h; k++)
            {
                var s = (i * h) + k;
                slotDay[s] = k == 0 ? start : _f[i].Calendar.AddWorkingDays(start, k);
                capacity[s] = ledger is null ? _f[i].Capacity : Math.Max(0, ledger.RemainingOn(i, slotDay[s]));
                if (kindRoom is not null)
                {
                    for (var kind = 0; kind < _kinds; kind++)
                    {
                        var cap = _f[i].KindCapacity[kind];
                        kindRoom[(s * _kinds) + kind] = cap == int.MaxValue ? int.MaxValue
                            : Math.Max(0, cap - (ledger?.KindBookedOn(i, kind, slotDay[s]) ?? 0));
                    }
                }
            }
        }

        var initial = (int[])capacity.Clone();
        var first = orders.Count > 0 && orders[0] is { } o0 ? o0 : null;
        OrderContext probe = default;
        if (first is not null)
        {
            TryContext(first, now, conditions, out probe);
        }

        var state = new BatchState(this, slotDay, h, nowTicks, probe.Availability, probe.Lead);
        var result = new BatchAssignment[orders.Count];
        var orderClass = new int[orders.Count];
        var deadlines = new DateTimeOffset[orders.Count];
        var deliverBy = new int[orders.Count];
        for (var i = 0; i < orders.Count; i++)
        {
            var order = orders[i] ?? throw new ArgumentException($"orders[{i}] is null.", nameof(orders));
            orderClass[i] = -1;
            if (!TryContext(order, now, conditions, out var ctx))
            {
                // No TikTok deadline and no market rule: say so on this order rather than failing the spike.
                result[i] = new BatchAssignment(BatchStatus.Unplaced, $"unplaced: no ready-to-ship deadline on the order and no dispatch rule for market {order.Market}", default);
                continue;
            }

            var deadline = ctx.Deadline;
            deadlines[i] = deadline;
            deliverBy[i] = _deliveryRule == DeliveryDeadlineRule.Reject ? ctx.DeliverByDay : int.MaxValue;
            var preferBy = _deliveryRule == DeliveryDeadlineRule.Ignore ? int.MaxValue : ctx.DeliverByDay;
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

            orderClass[i] = state.ClassOf(group, deadline.UtcTicks - _marginTicks, preferBy, _deliveryRule == DeliveryDeadlineRule.Reject);
        }

        var classes = state.Classes;

        // One-unit orders (the common TikTok order) are placed exactly by a min-cost flow. Orders of
        // several units cannot be split across slots, so they are placed first by the greedy passes
        // (with every class competing, as before); then the one-unit classes give their places back and
        // the flow places them optimally in the room the multi-unit orders left.
        if (classes.Any(c => c.Group.Units != 1))
        {
            PlaceGreedily(classes, capacity, kindRoom, slots);
            foreach (var cls in classes.Where(c => c.Group.Units == 1))
            {
                foreach (var (o, count) in cls.Placed)
                {
                    Book(cls.Group, cls.Group.Options[o].Slot, -count, capacity, kindRoom);
                }

                cls.Placed.Clear();
                cls.Unserved = cls.Count;
            }
        }
        else
        {
            foreach (var cls in classes)
            {
                cls.Unserved = cls.Count;
            }
        }

        PlaceUnitClassesByFlow(classes, capacity, kindRoom, slots);
        foreach (var cls in classes)
        {
            foreach (var (o, count) in cls.Placed.OrderBy(p => cls.Admits(cls.Group.Options[p.Key]) ? 0 : 1))
            {
                if (count > 0)
                {
                    cls.Allocations.Add((o, count));
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
            var onTime = opt.Dispatch <= deadlines[i].UtcTicks - _marginTicks && opt.Delivery <= deliverBy[i];
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
            booked[s] = initial[s] - capacity[s];
        }

        return new BatchResult(result, booked, h, _net.Currency);
    }

    /// <summary>
    /// The greedy passes, for batches with multi-unit orders: classes served most constrained first, each
    /// taking its most preferred on-time option with room; augmenting paths then move one-unit orders
    /// until no more can be on time; what is left takes the cheapest option with room.
    /// </summary>
    private void PlaceGreedily(List<BatchClass> classes, int[] capacity, int[]? kindRoom, int slots)
    {
        var order1 = Enumerable.Range(0, classes.Count)
            .OrderBy(c => classes[c].OnTimeOptions)
            .ThenBy(c => classes[c].Threshold)
            .ToArray();
        foreach (var c in order1)
        {
            var cls = classes[c];
            var g = cls.Group;
            var need = cls.Count;
            foreach (var o in cls.OnTimeOptionIndexes)
            {
                if (need == 0)
                {
                    break;
                }

                ref readonly var opt = ref g.Options[o];
                var take = Math.Min(need, Room(g, opt.Slot, capacity, kindRoom));
                if (take > 0)
                {
                    Book(g, opt.Slot, take, capacity, kindRoom);
                    cls.Placed[o] = take;
                    need -= take;
                }
            }

            cls.Unserved = need;
        }

        // Greedy can block a tight class with a looser one; augmenting paths fix that.
        MaximizeOnTime(classes, capacity, kindRoom, _kinds, slots);

        // Then the rest, late whatever they get: the cheapest option with capacity, earliest deadlines first.
        foreach (var c in Enumerable.Range(0, classes.Count).Where(c => classes[c].Unserved > 0).OrderBy(c => classes[c].Threshold))
        {
            var cls = classes[c];
            var g = cls.Group;
            foreach (var o in g.CostOrder)
            {
                if (cls.Unserved == 0)
                {
                    break;
                }

                var slot = g.Options[o].Slot;
                var take = Math.Min(cls.Unserved, Room(g, slot, capacity, kindRoom));
                if (take > 0)
                {
                    Book(g, slot, take, capacity, kindRoom);
                    cls.Placed[o] = cls.Placed.GetValueOrDefault(o) + take;
                    cls.Unserved -= take;
                }
            }
        }
    }

    /// <summary>How many orders of a group fit in a slot: the facility's room and each capped kind's room.</summary>
    private int Room(BatchGroup g, int slot, int[] capacity, int[]? kindRoom)
    {
        var room = capacity[slot] / g.Units;
        if (kindRoom is not null)
        {
            foreach (var (kind, units) in g.KindUnits)
            {
                var left = kindRoom[(slot * _kinds) + kind];
                if (left != int.MaxValue)
                {
                    room = Math.Min(room, left / units);
                }
            }
        }

        return Math.Max(0, room);
    }

    private void Book(BatchGroup g, int slot, int count, int[] capacity, int[]? kindRoom)
    {
        capacity[slot] -= count * g.Units;
        if (kindRoom is not null)
        {
            foreach (var (kind, units) in g.KindUnits)
            {
                ref var left = ref kindRoom[(slot * _kinds) + kind];
                if (left != int.MaxValue)
                {
                    left -= count * units;
                }
            }
        }
    }

    /// <summary>One production option for a group: a facility and a production day (slot).</summary>
    private struct BatchOption
    {
        public int Slot;
        public int Facility;
        public int Day;
        public long Dispatch;
        public int Delivery;
        public long Cost;
        public double Co2;
    }

    /// <summary>Orders with the same destination and items: the same options.</summary>
    private sealed class BatchGroup
    {
        public BatchOption[] Options = [];
        public int[] PreferenceOrder = [];

        /// <summary>Each option's position in <see cref="PreferenceOrder"/> (0 = most preferred).</summary>
        public int[] Rank = [];
        public int[] CostOrder = [];
        public long[] DistinctDispatch = [];
        public int[] DistinctDelivery = [];
        public int Units;
        public int Destination;

        /// <summary>Units per kind index of one order of the group.</summary>
        public (int Kind, int Units)[] KindUnits = [];
        public readonly Dictionary<long, int> ClassByBucket = [];
    }

    /// <summary>Orders of one group whose deadlines admit the same options (and, with a delivery deadline, prefer the same ones).</summary>
    private sealed class BatchClass(BatchGroup group, long threshold, int deliveryThreshold, bool rejectLateDelivery, int onTimeOptions)
    {
        public BatchGroup Group { get; } = group;

        /// <summary>Options dispatching at or before this are on time for every order of the class (as far as dispatch goes).</summary>
        public long Threshold { get; } = threshold;

        /// <summary>Options delivering on or before this local day deliver in time for every order of the class.</summary>
        public int DeliveryThreshold { get; } = deliveryThreshold;

        /// <summary>Whether an option that delivers late is not on time (<see cref="DeliveryDeadlineRule.Reject"/>); else it only ranks behind (<see cref="DeliveryDeadlineRule.RankBehind"/>; with Ignore every option delivers in time).</summary>
        public bool RejectLateDelivery { get; } = rejectLateDelivery;

        public int OnTimeOptions { get; } = onTimeOptions;

        public int Count;
        public int Unserved;
        public int Cursor;
        public int UsedInCursor;
        public readonly List<(int Option, int Count)> Allocations = [];

        /// <summary>Orders placed by option index, on time or late (counts may drop to zero during repair).</summary>
        public readonly Dictionary<int, int> Placed = [];

        private int[]? _onTimeOptions;

        /// <summary>Indexes of the group's options that are on time for this class: those that deliver in time first, each part in preference order.</summary>
        public int[] OnTimeOptionIndexes => _onTimeOptions ??= [.. Group.PreferenceOrder.Where(o => Admits(Group.Options[o])).OrderBy(o => DeliversInTime(Group.Options[o]) ? 0 : 1)];

        /// <summary>Whether an option of the group is on time for every order of the class.</summary>
        public bool Admits(in BatchOption o) => o.Dispatch <= Threshold && (!RejectLateDelivery || DeliversInTime(o));

        /// <summary>Whether an option delivers by the delivery deadline of every order of the class.</summary>
        public bool DeliversInTime(in BatchOption o) => o.Delivery <= DeliveryThreshold;
    }

    private sealed class BatchState(Router router, int[] slotDay, int horizon, long now, CompiledAvailability? availability, LeadTimeLearner? lead)
    {
        private readonly Dictionary<long, BatchGroup?> _single = [];
        private readonly Dictionary<string, BatchGroup?> _multi = new(StringComparer.Ordinal);

        public List<BatchClass> Classes { get; } = [];

        public BatchGroup? GroupOf(Order order, int dest)
        {
            var items = order.Items;
            if (items.Count == 1 && availability is not { HasSkuRules: true })
            {
                var kind = router._net.KindIndex(items[0].Kind);
                if (kind < 0)
                {
                    return null;
                }

                var key = ((long)dest << 40) | ((long)kind << 32) | (uint)items[0].Quantity;
                if (!_single.TryGetValue(key, out var g))
                {
                    g = Build(dest, [kind], [items[0].Quantity], order);
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

            if (availability is { HasSkuRules: true })
            {
                // SKU-level stock-outs make orders of the same kinds differ.
                foreach (var sku in items.Select(i => i.Sku).Order(StringComparer.Ordinal))
                {
                    sb.Append('#').Append(sku);
                }
            }

            var text = sb.ToString();
            if (!_multi.TryGetValue(text, out var group))
            {
                group = Build(dest, kinds, quantities, order);
                _multi.Add(text, group);
            }

            return group;
        }

        public int ClassOf(BatchGroup g, long limit, int deliverBy, bool rejectLateDelivery)
        {
            // Numbers of distinct dispatch instants and delivery days at or before the deadlines: orders
            // with the same two counts admit the same options.
            var bucket = UpperBound(g.DistinctDispatch, limit);
            var deliveryBucket = UpperBound(g.DistinctDelivery, deliverBy);
            var key = ((long)bucket << 32) | (uint)deliveryBucket;
            if (!g.ClassByBucket.TryGetValue(key, out var c))
            {
                var threshold = bucket == 0 ? long.MinValue : g.DistinctDispatch[bucket - 1];
                var deliveryThreshold = deliveryBucket == 0 ? int.MinValue : g.DistinctDelivery[deliveryBucket - 1];
                var onTime = 0;
                foreach (var o in g.Options)
                {
                    onTime += o.Dispatch <= threshold && (!rejectLateDelivery || o.Delivery <= deliveryThreshold) ? 1 : 0;
                }

                c = Classes.Count;
                Classes.Add(new BatchClass(g, threshold, deliveryThreshold, rejectLateDelivery, onTime));
                g.ClassByBucket.Add(key, c);
            }

            Classes[c].Count++;
            return c;
        }

        private static int UpperBound(int[] sorted, int value)
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

        private BatchGroup Build(int dest, int[] kinds, int[] quantities, Order sample)
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

            // Sized once for every facility's whole horizon (the most there can be), so that a 1,000-facility
            // network does not regrow three lists of thousands of options per group.
            var facilities = router._ranked[(dest * router._kinds) + rarest];
            var room = facilities.Length * horizon;
            var options = new List<BatchOption>(room);
            var candidates = new List<Candidate>(room);
            var dayOffset = new List<int>(room);
            foreach (var i in facilities)
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
                    production = Math.Max(production, ProductionDays(fd, kinds[j], lead));
                    cost += fd.UnitCostCents[kinds[j]] * quantities[j];
                    kg += net.KilogramsByKind[kinds[j]] * quantities[j];
                }

                for (var k = 0; k < horizon; k++)
                {
                    var slot = (i * horizon) + k;
                    var day = fd.DispatchDay(slotDay[slot], production);
                    var dispatch = fd.CollectionUtcTicks(day);
                    if (availability is not null && availability.Touches(i) && !availability.Allows(i, sample, mask, null, now, dispatch))
                    {
                        continue;
                    }

                    options.Add(new BatchOption { Slot = slot, Facility = i, Day = day, Dispatch = dispatch, Delivery = router.DeliveryDay(fd, dest, day), Cost = cost, Co2 = kg * fd.Co2PerKg[dest] });
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

            var byCost = Enumerable.Range(0, options.Count).ToArray();
            Array.Sort(byCost, (a, b) =>
            {
                var r = options[a].Cost.CompareTo(options[b].Cost);
                r = r != 0 ? r : options[a].Dispatch.CompareTo(options[b].Dispatch);
                return r != 0 ? r : rank[a].CompareTo(rank[b]);
            });

            return new BatchGroup
            {
                Options = [.. options],
                PreferenceOrder = preference,
                Rank = rank,
                CostOrder = byCost,
                DistinctDispatch = [.. options.Select(o => o.Dispatch).Distinct().Order()],
                DistinctDelivery = [.. options.Select(o => o.Delivery).Distinct().Order()],
                Units = units,
                Destination = dest,
                KindUnits = [.. kinds.Zip(quantities).GroupBy(x => x.First).Select(x => (x.Key, x.Sum(y => y.Second)))],
            };
        }
    }
}
