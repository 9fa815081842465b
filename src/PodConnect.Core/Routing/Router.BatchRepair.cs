namespace PodConnect.Routing;

public sealed partial class Router
{
    /// <summary>
    /// Moves orders on time along augmenting paths until none is left: a class with orders not yet on
    /// time takes a slot that is on time for it; if that slot is full, a class already in it moves to
    /// another slot that is on time for that class, and so on until a slot with room is reached.
    /// This is a maximum flow from classes to slots over on-time arcs, so afterwards the number of
    /// on-time orders is the largest possible. Only one-unit classes take part (capacity counts units,
    /// and moving a multi-unit order would not be a flow). With per-kind capacities a step into a slot
    /// must also fit the arriving kind's room there, which keeps every move feasible; the maximum is then
    /// exact only where kinds do not compete for the same slot.
    /// </summary>
    private static void MaximizeOnTime(List<BatchClass> classes, int[] capacity, int[]? kindRoom, int kinds, int slots)
    {
        var users = new List<(int Class, int Option)>?[slots];
        for (var c = 0; c < classes.Count; c++)
        {
            if (classes[c].Group.Units != 1)
            {
                continue;
            }

            foreach (var (o, _) in classes[c].Placed)
            {
                var s = classes[c].Group.Options[o].Slot;
                (users[s] ??= []).Add((c, o));
            }
        }

        // BFS state: how each class and slot was reached.
        var classFrom = new (int Slot, int Option)[classes.Count];
        var classSeen = new int[classes.Count];
        var slotFrom = new (int Class, int Option)[slots];
        var slotSeen = new int[slots];
        var stamp = 0;
        var queue = new Queue<int>();
        while (true)
        {
            stamp++;
            queue.Clear();
            for (var c = 0; c < classes.Count; c++)
            {
                if (classes[c].Unserved > 0 && classes[c].Group.Units == 1 && classes[c].OnTimeOptions > 0)
                {
                    classSeen[c] = stamp;
                    classFrom[c] = (-1, -1);
                    queue.Enqueue(c);
                }
            }

            var end = -1;
            while (queue.Count > 0 && end < 0)
            {
                var c = queue.Dequeue();
                var cls = classes[c];
                foreach (var o in cls.OnTimeOptionIndexes)
                {
                    var s = cls.Group.Options[o].Slot;
                    if (slotSeen[s] == stamp)
                    {
                        continue;
                    }

                    slotSeen[s] = stamp;
                    slotFrom[s] = (c, o);
                    var kc = KindOf(cls);
                    var kindLeft = KindLeft(kindRoom, kinds, s, kc);
                    if (capacity[s] > 0 && kindLeft > 0)
                    {
                        end = s;
                        break;
                    }

                    if (users[s] is { } inSlot)
                    {
                        foreach (var (uc, uo) in inSlot)
                        {
                            if (classSeen[uc] != stamp && classes[uc].Placed[uo] > 0 && (KindOf(classes[uc]) == kc || kindLeft > 0))
                            {
                                classSeen[uc] = stamp;
                                classFrom[uc] = (s, uo);
                                queue.Enqueue(uc);
                            }
                        }
                    }
                }
            }

            if (end < 0)
            {
                return;
            }

            // Bottleneck along the path, then shift that many orders one step each. A step into slot s
            // by class c evicts a class of another kind only if c's kind has room there.
            var amount = Math.Min(capacity[end], KindLeft(kindRoom, kinds, end, KindOf(classes[slotFrom[end].Class])));
            for (var s = end; ;)
            {
                var (c, _) = slotFrom[s];
                var (prevSlot, evicted) = classFrom[c];
                if (prevSlot < 0)
                {
                    amount = Math.Min(amount, classes[c].Unserved);
                    break;
                }

                amount = Math.Min(amount, classes[c].Placed[evicted]);
                var arriving = KindOf(classes[slotFrom[prevSlot].Class]);
                if (arriving != KindOf(classes[c]))
                {
                    amount = Math.Min(amount, KindLeft(kindRoom, kinds, prevSlot, arriving));
                }

                s = prevSlot;
            }

            capacity[end] -= amount;
            AddKind(kindRoom, kinds, end, KindOf(classes[slotFrom[end].Class]), -amount);
            for (var s = end; ;)
            {
                var (c, o) = slotFrom[s];
                var cls = classes[c];
                if (!cls.Placed.TryGetValue(o, out var had))
                {
                    (users[s] ??= []).Add((c, o));
                }

                cls.Placed[o] = had + amount;
                var (prevSlot, evicted) = classFrom[c];
                if (prevSlot < 0)
                {
                    cls.Unserved -= amount;
                    break;
                }

                cls.Placed[evicted] -= amount;

                // c left prevSlot for s; whoever arrived in prevSlot took its place.
                var arriving = KindOf(classes[slotFrom[prevSlot].Class]);
                if (arriving != KindOf(cls))
                {
                    AddKind(kindRoom, kinds, prevSlot, arriving, -amount);
                    AddKind(kindRoom, kinds, prevSlot, KindOf(cls), amount);
                }

                s = prevSlot;
            }
        }
    }

    /// <summary>
    /// Lowers the cost of the whole assignment without adding a late order: a min-cost-flow improvement
    /// over slots. It looks for chains of moves — an order of one class leaves slot s1 for another slot
    /// s2, an order in s2 moves on to s3, … until a slot with room — whose total change is negative, a
    /// move that makes an order late costing more than any saving (so a chain may swap which orders are
    /// on time, never how many) (a Bellman–Ford search of at most
    /// <see cref="MaxChain"/> moves), shifts as many orders along the best chain as it allows, and
    /// repeats until no chain saves anything (or <see cref="MaxCostRounds"/> rounds). Only one-unit
    /// classes move; with per-kind capacities only chains within one kind are taken. Runs only when the
    /// policy weighs cost (see <see cref="CostKey"/>).
    /// </summary>
    private void ReduceCost(List<BatchClass> classes, int[] capacity, int[]? kindRoom, int kinds, int slots)
    {
        if (CostKey is not { } key)
        {
            return;
        }

        var occupants = new List<(int Class, int Option)>[slots];
        for (var s = 0; s < slots; s++)
        {
            occupants[s] = [];
        }

        for (var c = 0; c < classes.Count; c++)
        {
            if (classes[c].Group.Units != 1)
            {
                continue;
            }

            foreach (var (o, count) in classes[c].Placed)
            {
                if (count > 0)
                {
                    occupants[classes[c].Group.Options[o].Slot].Add((c, o));
                }
            }
        }

        // Each class's penalised cost per option and slot per option, flat, so the search reads arrays only.
        var price = new long[classes.Count][];
        var slotOf = new int[classes.Count][];
        for (var c = 0; c < classes.Count; c++)
        {
            var g = classes[c].Group;
            price[c] = [.. Enumerable.Range(0, g.Options.Length).Select(o => Penalised(classes[c], o, key))];
            slotOf[c] = [.. g.Options.Select(o => o.Slot)];
        }

        var dist = new long[slots];
        var pred = new (int Slot, int Class, int From, int To)[slots];
        var active = new bool[slots];
        var next = new bool[slots];
        var onPath = new int[slots];
        var stamp = 0;
        var chain = new List<(int From, int Class, int Option, int Target, int To)>();
        long work = 0;
        for (var round = 0; round < MaxCostRounds && work < MaxRelaxations; round++)
        {
            Array.Fill(dist, 0);
            Array.Fill(pred, (-1, -1, -1, -1));
            Array.Fill(active, true);
            for (var depth = 0; depth < MaxChain; depth++)
            {
                var changed = false;
                Array.Clear(next);
                for (var sa = 0; sa < slots; sa++)
                {
                    if (!active[sa])
                    {
                        continue;
                    }

                    foreach (var (c, o) in occupants[sa])
                    {
                        var cls = classes[c];
                        if (cls.Placed.GetValueOrDefault(o) <= 0)
                        {
                            continue;
                        }

                        var prices = price[c];
                        var targets = slotOf[c];
                        var from = dist[sa] - prices[o];
                        var movingKind = KindOf(cls);
                        work += prices.Length;
                        for (var t = 0; t < prices.Length; t++)
                        {
                            var sb = targets[t];
                            var d = from + prices[t];
                            if (d >= dist[sb] || sb == sa || (kindRoom is not null && !SameKindSlot(occupants, classes, sb, movingKind)))
                            {
                                continue;
                            }

                            dist[sb] = d;
                            pred[sb] = (sa, c, o, t);
                            next[sb] = true;
                            changed = true;
                        }
                    }
                }

                (active, next) = (next, active);
                if (!changed)
                {
                    break;
                }
            }

            // A negative cycle of moves (a rotation: no slot gains or loses orders) is applied first.
            if (TryRotate(classes, occupants, pred, onPath, ref stamp, slots, key))
            {
                continue;
            }

            // Otherwise the best chain that ends in a slot with room and visits no slot twice.
            var best = -1;
            for (var t = 0; t < slots; t++)
            {
                if (dist[t] < 0 && capacity[t] > 0 && KindLeft(kindRoom, kinds, t, pred[t].Class < 0 ? 0 : KindOf(classes[pred[t].Class])) > 0
                    && (best < 0 || dist[t] < dist[best]) && Simple(pred, t, onPath, ++stamp))
                {
                    best = t;
                }
            }

            if (best < 0 || !Simple(pred, best, onPath, ++stamp))
            {
                return;
            }

            // Walk the chain back from its end: each link moves orders of a class from one slot into the next.
            chain.Clear();
            long saving = 0;
            var amount = capacity[best];
            for (var sb = best; pred[sb].Class >= 0 && onPath[sb] == stamp;)
            {
                var (sa, c, o, t) = pred[sb];
                var g = classes[c].Group;
                chain.Add((sa, c, o, t, sb));
                saving += Penalised(classes[c], t, key) - Penalised(classes[c], o, key);
                amount = Math.Min(amount, classes[c].Placed[o]);
                onPath[sb] = 0;
                sb = sa;
            }

            var kind = KindOf(classes[chain[0].Class]);
            amount = Math.Min(amount, KindLeft(kindRoom, kinds, best, kind));
            if (saving >= 0 || amount <= 0)
            {
                return;
            }

            foreach (var (_, c, o, t, to) in chain)
            {
                var cls = classes[c];
                cls.Placed[o] -= amount;
                if (!cls.Placed.TryGetValue(t, out var had) || had == 0)
                {
                    AddOccupant(occupants[to], c, t);
                }

                cls.Placed[t] = had + amount;
            }

            var start = chain[^1].From;
            capacity[best] -= amount;
            capacity[start] += amount;
            AddKind(kindRoom, kinds, best, kind, -amount);
            AddKind(kindRoom, kinds, start, kind, amount);
        }
    }

    /// <summary>
    /// An option's cost for a class, with a penalty larger than any saving when it is late for the class
    /// (no chain may add a late order) and, under <see cref="DeliveryDeadlineRule.RankBehind"/>, a smaller
    /// one that still outweighs locality and cost when it delivers late (no chain trades a timely delivery).
    /// </summary>
    private static long Penalised(BatchClass cls, int option, Func<BatchGroup, BatchOption, long> key)
    {
        ref readonly var o = ref cls.Group.Options[option];
        return key(cls.Group, o) + (!cls.Admits(o) ? LatePenalty : cls.DeliversInTime(o) ? 0 : LateDeliveryPenalty);
    }

    /// <summary>What a late option costs the cost pass: more than any chain of savings (costs are cents, locality 2^50).</summary>
    private const long LatePenalty = 1L << 56;

    /// <summary>What an on-time option that delivers late costs under <see cref="DeliveryDeadlineRule.RankBehind"/>: above locality, below lateness.</summary>
    private const long LateDeliveryPenalty = 1L << 53;

    /// <summary>
    /// Finds a cycle in the predecessor links (s1 ← s2 ← … ← s1: an order of each slot moves into the
    /// next) whose cost change is negative and rotates as many orders around it as it allows. No slot
    /// gains or loses orders, so capacity holds.
    /// </summary>
    private static bool TryRotate(List<BatchClass> classes, List<(int Class, int Option)>[] occupants, (int Slot, int Class, int From, int To)[] pred, int[] onPath, ref int stamp, int slots, Func<BatchGroup, BatchOption, long> key)
    {
        for (var t = 0; t < slots; t++)
        {
            if (pred[t].Class < 0)
            {
                continue;
            }

            // Walk back until a slot repeats (a cycle) or the chain starts.
            var walk = ++stamp;
            var s = t;
            while (pred[s].Class >= 0 && onPath[s] != walk)
            {
                onPath[s] = walk;
                s = pred[s].Slot;
            }

            if (pred[s].Class < 0)
            {
                continue;
            }

            // s is on a cycle: collect it.
            long saving = 0;
            var amount = int.MaxValue;
            var cycle = new List<(int Class, int From, int To, int Slot)>();
            var r = s;
            do
            {
                var (sa, c, o, to) = pred[r];
                cycle.Add((c, o, to, r));
                saving += Penalised(classes[c], to, key) - Penalised(classes[c], o, key);
                amount = Math.Min(amount, classes[c].Placed[o]);
                r = sa;
            }
            while (r != s && cycle.Count <= slots);

            if (r != s || saving >= 0 || amount <= 0 || cycle.Select(x => KindOf(classes[x.Class])).Distinct().Count() > 1)
            {
                continue;
            }

            foreach (var (c, o, to, slot) in cycle)
            {
                var cls = classes[c];
                cls.Placed[o] -= amount;
                if (!cls.Placed.TryGetValue(to, out var had) || had == 0)
                {
                    AddOccupant(occupants[slot], c, to);
                }

                cls.Placed[to] = had + amount;
            }

            return true;
        }

        return false;
    }

    /// <summary>The cost pass stops after this many arc relaxations (tens of milliseconds), so a huge spike stays fast; the benchmarks report the gap that remains.</summary>
    private const long MaxRelaxations = 30_000_000;

    /// <summary>Longest chain of moves the cost pass considers.</summary>
    private const int MaxChain = 6;

    /// <summary>Most chains the cost pass shifts orders along.</summary>
    private const int MaxCostRounds = 400;

    private static void AddOccupant(List<(int Class, int Option)> list, int c, int option)
    {
        if (!list.Contains((c, option)))
        {
            list.Add((c, option));
        }
    }

    /// <summary>Whether the chain of predecessors ending in <paramref name="end"/> visits no slot twice (marks it with <paramref name="stamp"/>).</summary>
    private static bool Simple((int Slot, int Class, int From, int To)[] pred, int end, int[] onPath, int stamp)
    {
        for (var s = end; ;)
        {
            if (onPath[s] == stamp)
            {
                return false;
            }

            onPath[s] = stamp;
            if (pred[s].Class < 0)
            {
                return true;
            }

            s = pred[s].Slot;
        }
    }

    /// <summary>With per-kind capacities, chains stay within one kind: a slot is entered only where its occupants are of that kind (or it has none).</summary>
    private static bool SameKindSlot(List<(int Class, int Option)>[] occupants, List<BatchClass> classes, int slot, int kind)
    {
        foreach (var (c, _) in occupants[slot])
        {
            if (KindOf(classes[c]) != kind)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The scalar the cost pass lowers: cents, behind locality when the policy puts Local before Cost; null when the policy puts anything else first or has no Cost.</summary>
    private Func<BatchGroup, BatchOption, long>? CostKey
    {
        get
        {
            var cost = Array.IndexOf(_prefs, RoutingCriterion.Cost);
            if (cost < 0 || _prefs.Take(cost).Any(p => p != RoutingCriterion.Local))
            {
                return null;
            }

            if (cost == 0)
            {
                return static (_, o) => o.Cost;
            }

            var f = _f;
            return (g, o) => (f[o.Facility].OwnCountryDestination == g.Destination ? 0 : 1L << 50) + o.Cost;
        }
    }

    private static int KindOf(BatchClass cls) => cls.Group.KindUnits[0].Kind;

    private static int KindLeft(int[]? kindRoom, int kinds, int slot, int kind) => kindRoom is null ? int.MaxValue : kindRoom[(slot * kinds) + kind];

    private static void AddKind(int[]? kindRoom, int kinds, int slot, int kind, int units)
    {
        if (kindRoom is not null && kindRoom[(slot * kinds) + kind] != int.MaxValue)
        {
            kindRoom[(slot * kinds) + kind] += units;
        }
    }
}
