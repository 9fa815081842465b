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
