using PodConnect.Domain;

namespace PodConnect.Routing;

public sealed partial class Router
{
    /// <summary>
    /// No single facility makes every item in time: cover the items with as few facilities as possible
    /// (greedy set cover over the items each facility makes in time), then put any item nobody makes
    /// in time at its least-late facility. If one facility making everything late is no later than the
    /// split, it wins: one parcel beats several.
    /// </summary>
    private RoutingDecision RouteSplit(Order order, int dest, in OrderContext ctx, Candidate wholeLate)
    {
        var items = order.Items;
        var n = items.Count;
        var all = n == 64 ? ulong.MaxValue : (1UL << n) - 1;
        var now = ctx.Now;
        var ledger = ctx.Ledger;
        var options = new List<(int Facility, int Start, ulong CanMake, ulong OnTime)>();
        for (var i = 0; i < _f.Length; i++)
        {
            var f = _f[i];
            if (!_allowed[i] || f.TransitDays[dest] < 0 || !WithinTransit(i, dest))
            {
                continue;
            }

            var start = f.StartDay(now);
            if (ledger is not null)
            {
                // A split books each part on its own; a day with any room at all starts the search.
                for (var k = 1; start >= 0 && ledger.RemainingOn(i, start) < 1; k++)
                {
                    start = k < _horizon ? f.Calendar.AddWorkingDays(start, 1) : -1;
                }

                if (start < 0)
                {
                    continue;
                }
            }

            ulong canMake = 0, onTime = 0;
            for (var j = 0; j < n; j++)
            {
                var kind = _net.KindIndex(items[j].Kind);
                if (f.ProductionDays[kind] == 0)
                {
                    continue;
                }

                var c = Evaluate(f, order, 1UL << j, dest, start, ctx.Lead);
                if (ctx.Availability is { } a && a.Touches(i) && !a.Allows(i, order, 1UL << kind, 1UL << j, now, c.Dispatch))
                {
                    continue;
                }

                canMake |= 1UL << j;
                if (OnTime(c, ctx))
                {
                    onTime |= 1UL << j;
                }
            }

            if (canMake != 0)
            {
                options.Add((i, start, canMake, onTime));
            }
        }

        var parts = new List<Candidate>();
        var remaining = all;
        while (remaining != 0)
        {
            Candidate pick = default;
            pick.Facility = -1;
            var pickCount = 0;
            foreach (var o in options)
            {
                var covered = o.OnTime & remaining;
                var count = PopCount(covered);
                if (count == 0 || count < pickCount || (ledger is not null && !Fits(ledger, _f[o.Facility], order, covered, o.Start)))
                {
                    continue;
                }

                var c = Evaluate(_f[o.Facility], order, covered, dest, o.Start, ctx.Lead);
                if (count > pickCount || Compare(c, pick, dest) < 0)
                {
                    (pick, pickCount) = (c, count);
                }
            }

            if (pick.Facility < 0)
            {
                break;
            }

            parts.Add(pick);
            remaining &= ~pick.Items!.Value;
        }

        // Items nobody makes in time: each to the facility that dispatches it first.
        for (var j = 0; j < n && remaining != 0; j++)
        {
            if ((remaining & (1UL << j)) == 0)
            {
                continue;
            }

            Candidate first = default;
            first.Facility = -1;
            foreach (var o in options)
            {
                if ((o.CanMake & (1UL << j)) == 0)
                {
                    continue;
                }

                // Room for this item on top of any part already placed there.
                var withPart = parts.Find(p => p.Facility == o.Facility).Items ?? 0;
                if (ledger is not null && !Fits(ledger, _f[o.Facility], order, withPart | (1UL << j), o.Start))
                {
                    continue;
                }

                var c = Evaluate(_f[o.Facility], order, 1UL << j, dest, o.Start, ctx.Lead);
                if (first.Facility < 0 || c.Dispatch < first.Dispatch || (c.Dispatch == first.Dispatch && Compare(c, first, dest) < 0))
                {
                    first = c;
                }
            }

            if (first.Facility < 0)
            {
                return wholeLate.Facility >= 0
                    ? DecideWhole(RoutingOutcome.Late, wholeLate, dest, ctx)
                    : Unroutable(ctx, $"no facility allowed by the policy makes {items[j].Kind} and ships to {order.Destination.Country} with capacity and stock left");
            }

            var existing = parts.FindIndex(p => p.Facility == first.Facility);
            if (existing >= 0)
            {
                var o = options.First(x => x.Facility == first.Facility);
                parts[existing] = Evaluate(_f[first.Facility], order, parts[existing].Items!.Value | (1UL << j), dest, o.Start, ctx.Lead);
            }
            else
            {
                parts.Add(first);
            }

            remaining &= ~(1UL << j);
        }

        var latest = parts.Max(p => p.Dispatch);
        var ctxCopy = ctx;
        var late = parts.Any(p => !OnTime(p, ctxCopy));
        if (parts.Count == 1 || (late && wholeLate.Facility >= 0 && wholeLate.Dispatch <= latest))
        {
            var whole = parts.Count == 1 && !(late && wholeLate.Facility >= 0 && wholeLate.Dispatch <= latest)
                ? Evaluate(_f[parts[0].Facility], order, null, dest, parts[0].Start, ctx.Lead)
                : wholeLate;
            return DecideWhole(OnTime(whole, ctx) ? RoutingOutcome.OnTime : RoutingOutcome.Late, whole, dest, ctx);
        }

        var shipments = new RoutedShipment[parts.Count];
        var misses = DeadlineMiss.None;
        for (var p = 0; p < parts.Count; p++)
        {
            var mask = parts[p].Items!.Value;
            var indexes = Enumerable.Range(0, n).Where(j => (mask & (1UL << j)) != 0).ToArray();
            shipments[p] = Ship(parts[p], dest, ctx, indexes);
            misses |= Misses(parts[p].Dispatch, parts[p].Delivery, ctx);
        }

        var problem = late
            ? $"split across {parts.Count} facilities; no facility makes every item, and some items cannot be made in time anywhere"
            : $"split across {parts.Count} facilities: no single facility can make every item in time";
        return Decision(late ? RoutingOutcome.Late : RoutingOutcome.OnTime, misses, shipments[0], shipments, problem, ctx);
    }
}
