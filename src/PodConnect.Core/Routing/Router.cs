using System.Numerics;
using PodConnect.Domain;
using PodConnect.Sla;

namespace PodConnect.Routing;

/// <summary>
/// Routes orders over a <see cref="CompiledNetwork"/> under a <see cref="RoutingPolicy"/>.
/// Immutable and thread-safe. Routing a single-facility order allocates nothing; with a policy whose
/// preferences are all static (local, cost, CO2e) and a one-unit order it stops at the first
/// feasible facility of a list pre-sorted by those preferences.
/// </summary>
public sealed partial class Router
{
    private readonly CompiledNetwork _net;
    private readonly FacilityData[] _f;
    private readonly int _kinds;
    private readonly RoutingCriterion[] _prefs;
    private readonly bool _static;
    private readonly long _marginTicks;
    private readonly bool _respectCapacity;
    private readonly bool[] _allowed;
    private readonly int[] _idRank;
    private readonly int _zoneCount;

    // Facilities that share a zoned calendar share day 0; remember it per call (on the stack) up to this many zones.
    private const int MaxCachedZones = 512;

    // Per (destination, kind): allowed facilities within the transit limit, sorted by the policy's static keys for one unit.
    private readonly int[][] _ranked;

    // The same lists with what the single-item loop reads inlined, so one contiguous array walk replaces pointer chasing.
    private readonly HotCandidate[][] _hot;

    /// <summary>Creates a router.</summary>
    /// <param name="network">The compiled network.</param>
    /// <param name="policy">The policy (default <see cref="RoutingPolicy.Default"/>).</param>
    /// <param name="sla">Where deadlines come from when an order carries none (default <see cref="DispatchSla.Default"/>).</param>
    public Router(CompiledNetwork network, RoutingPolicy? policy = null, DispatchSla? sla = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        _net = network;
        _f = network.Facilities;
        _kinds = network.ProductKinds.Count;
        _zoneCount = network.ZoneCount;
        Policy = policy ?? RoutingPolicy.Default;
        Sla = sla ?? DispatchSla.Default;
        _prefs = [.. Policy.Preferences];
        _static = Policy.IsStatic;
        _marginTicks = Policy.SafetyMargin.Ticks;
        _respectCapacity = Policy.RespectCapacity;
        _allowed = [.. _f.Select(f => Policy.ExclusionReason(f.Source) is null)];

        var byId = Enumerable.Range(0, _f.Length).OrderBy(i => _f[i].Source.Id, StringComparer.Ordinal).ToArray();
        _idRank = new int[_f.Length];
        for (var r = 0; r < byId.Length; r++)
        {
            _idRank[byId[r]] = r;
        }

        _ranked = new int[network.Candidates.Length][];
        _hot = new HotCandidate[network.Candidates.Length][];
        for (var d = 0; d < network.Destinations.Count; d++)
        {
            for (var k = 0; k < _kinds; k++)
            {
                var list = network.CandidatesFor(d, k).Where(i => _allowed[i] && WithinTransit(i, d)).ToList();
                var dest = d;
                var kind = k;
                list.Sort((a, b) => CompareStatic(a, b, dest, kind));
                _ranked[(d * _kinds) + k] = [.. list];
                _hot[(d * _kinds) + k] = [.. list.Select(i => new HotCandidate(i, _f[i].ZoneIndex, _f[i].ProductionDays[kind] - 1, _f[i].EarliestCollectionShiftTicks, _f[i].Zone, _f[i].Calendar, _f[i].Collection))];
            }
        }
    }

    /// <summary>The network.</summary>
    public CompiledNetwork Network => _net;

    /// <summary>The policy.</summary>
    public RoutingPolicy Policy { get; }

    /// <summary>The deadline rules used for orders without a TikTok deadline.</summary>
    public DispatchSla Sla { get; }

    /// <summary>
    /// Decides where an order is produced. Allocation-free for orders one facility can make; a split
    /// order allocates its shipment list.
    /// </summary>
    /// <param name="order">The order.</param>
    /// <param name="now">When routing happens: production starts at the facility's next working day from here (after its cut-off, the day after).</param>
    /// <param name="capacity">Units already booked; <c>null</c> to ignore capacity.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> or a predicted day is outside the calendars' range.</exception>
    public RoutingDecision Route(Order order, DateTimeOffset now, CapacityLedger? capacity = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        var deadline = DeadlineOf(order);
        var dest = _net.DestinationIndex(order.Destination.Country);
        if (dest < 0)
        {
            return Unroutable(deadline, $"no facility ships to {order.Destination.Country}");
        }

        var ledger = _respectCapacity ? capacity : null;
        var items = order.Items;
        if (items.Count == 1)
        {
            var item = items[0];
            var kind = _net.KindIndex(item.Kind);
            if (kind < 0)
            {
                return Unroutable(deadline, $"no facility makes {item.Kind}");
            }

            return RouteSingle(dest, kind, item.Quantity, deadline, now.UtcTicks, ledger);
        }

        return RouteMulti(order, dest, deadline, now.UtcTicks, ledger);
    }

    /// <summary>The ready-to-ship deadline of an order: TikTok's when present, else the market's rule.</summary>
    public DateTimeOffset DeadlineOf(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.Deadlines.ReadyToShipBy ?? Sla.DeadlineFor(order);
    }

    private RoutingDecision RouteSingle(int dest, int kind, int units, DateTimeOffset deadline, long now, CapacityLedger? ledger)
    {
        var list = _ranked[(dest * _kinds) + kind];
        var limit = deadline.UtcTicks - _marginTicks;
        Span<int> starts = _zoneCount <= MaxCachedZones ? stackalloc int[_zoneCount] : default;
        starts.Fill(int.MinValue);
        if (_static && units == 1)
        {
            // The list is sorted by the policy: the first facility that makes it in time wins.
            var hot = _hot[(dest * _kinds) + kind];
            var late = -1;
            var lateDispatch = long.MaxValue;
            for (var n = 0; n < hot.Length; n++)
            {
                ref readonly var h = ref hot[n];
                var day0 = StartOf(h, now, starts);
                if (ledger is not null && ledger.RemainingOn(h.Facility, day0) < units)
                {
                    continue;
                }

                // Working days are at least a calendar day apart: when even the earliest this facility
                // could dispatch is no earlier than the least-late option found, it can neither be on
                // time nor less late. Skipping it saves the calendar look-ups (the worst case's cost).
                if (((long)(day0 + h.ExtraDays) * TimeSpan.TicksPerDay) + h.EarliestShiftTicks >= lateDispatch)
                {
                    continue;
                }

                var dispatch = h.Clock.UtcTicks(h.Calendar.AddWorkingDays(day0, h.ExtraDays));
                if (dispatch <= limit)
                {
                    return Decide(RoutingOutcome.OnTime, _f[h.Facility], dest, kind, units, day0, h.Calendar.AddWorkingDays(day0, h.ExtraDays), dispatch, deadline);
                }

                if (dispatch < lateDispatch)
                {
                    (late, lateDispatch) = (n, dispatch);
                }
            }

            if (late < 0)
            {
                return NoCapacity(deadline, list.Length);
            }

            ref readonly var l = ref hot[late];
            var lateStart = l.ZonedCalendar.StartDayNumber(now);
            return Decide(RoutingOutcome.Late, _f[l.Facility], dest, kind, units, lateStart, l.Calendar.AddWorkingDays(lateStart, l.ExtraDays), lateDispatch, deadline);
        }

        Candidate best = default, bestLate = default;
        best.Facility = bestLate.Facility = -1;
        foreach (var i in list)
        {
            var f = _f[i];
            var start = StartOf(f, now, starts);
            if (ledger is not null && ledger.RemainingOn(i, start) < units)
            {
                continue;
            }

            var day = f.DispatchDay(start, f.ProductionDays[kind]);
            var c = new Candidate
            {
                Facility = i,
                Start = start,
                Day = day,
                Dispatch = f.CollectionUtcTicks(day),
                Cost = (f.UnitCostCents[kind] * units) + f.ShipCostCents[dest],
                Co2 = _net.KilogramsByKind[kind] * units * f.Co2PerKg[dest],
                Local = f.OwnCountryDestination == dest,
            };
            Consider(ref best, ref bestLate, c, limit, dest);
        }

        if (best.Facility >= 0)
        {
            return Decide(RoutingOutcome.OnTime, _f[best.Facility], dest, kind, units, best.Start, best.Day, best.Dispatch, deadline);
        }

        return bestLate.Facility >= 0
            ? Decide(RoutingOutcome.Late, _f[bestLate.Facility], dest, kind, units, bestLate.Start, bestLate.Day, bestLate.Dispatch, deadline)
            : NoCapacity(deadline, list.Length);
    }

    private RoutingDecision RouteMulti(Order order, int dest, DateTimeOffset deadline, long now, CapacityLedger? ledger)
    {
        var items = order.Items;
        if (items.Count > 64)
        {
            return Unroutable(deadline, "orders with more than 64 lines are not supported");
        }

        ulong mask = 0;
        var units = 0;
        var rarest = -1;
        for (var j = 0; j < items.Count; j++)
        {
            var kind = _net.KindIndex(items[j].Kind);
            if (kind < 0)
            {
                return Unroutable(deadline, $"no facility makes {items[j].Kind}");
            }

            mask |= 1UL << kind;
            units += items[j].Quantity;
            if (rarest < 0 || _ranked[(dest * _kinds) + kind].Length < _ranked[(dest * _kinds) + rarest].Length)
            {
                rarest = kind;
            }
        }

        var limit = deadline.UtcTicks - _marginTicks;
        Span<int> starts = _zoneCount <= MaxCachedZones ? stackalloc int[_zoneCount] : default;
        starts.Fill(int.MinValue);
        Candidate best = default, bestLate = default;
        best.Facility = bestLate.Facility = -1;
        foreach (var i in _ranked[(dest * _kinds) + rarest])
        {
            var f = _f[i];
            if ((f.KindMask & mask) != mask)
            {
                continue;
            }

            var start = StartOf(f, now, starts);
            if (ledger is not null && ledger.RemainingOn(i, start) < units)
            {
                continue;
            }

            var c = Evaluate(f, order, null, dest, start);
            Consider(ref best, ref bestLate, c, limit, dest);
        }

        if (best.Facility >= 0)
        {
            return DecideWhole(RoutingOutcome.OnTime, best, order, dest, deadline);
        }

        return RouteSplit(order, dest, deadline, now, ledger, bestLate);
    }

    private void Consider(ref Candidate best, ref Candidate bestLate, in Candidate c, long limit, int dest)
    {
        if (c.Dispatch <= limit)
        {
            if (best.Facility < 0 || Compare(c, best, dest) < 0)
            {
                best = c;
            }
        }
        else if (best.Facility < 0 && (bestLate.Facility < 0 || c.Dispatch < bestLate.Dispatch || (c.Dispatch == bestLate.Dispatch && Compare(c, bestLate, dest) < 0)))
        {
            bestLate = c;
        }
    }

    /// <summary>Evaluates a facility for some of an order's items (all when <paramref name="itemMask"/> is null).</summary>
    private Candidate Evaluate(FacilityData f, Order order, ulong? itemMask, int dest, int start)
    {
        var items = order.Items;
        var production = 0;
        long cost = f.ShipCostCents[dest];
        double kg = 0;
        for (var j = 0; j < items.Count; j++)
        {
            if (itemMask is { } m && (m & (1UL << j)) == 0)
            {
                continue;
            }

            var kind = _net.KindIndex(items[j].Kind);
            production = Math.Max(production, f.ProductionDays[kind]);
            cost += f.UnitCostCents[kind] * items[j].Quantity;
            kg += _net.KilogramsByKind[kind] * items[j].Quantity;
        }

        var day = f.DispatchDay(start, production);
        return new Candidate
        {
            Facility = f.Index,
            Start = start,
            Day = day,
            Dispatch = f.CollectionUtcTicks(day),
            Cost = cost,
            Co2 = kg * f.Co2PerKg[dest],
            Local = f.OwnCountryDestination == dest,
            Items = itemMask,
        };
    }

    private bool WithinTransit(int facility, int dest) =>
        Policy.MaxTransitDays is not { } max || _f[facility].TransitDays[dest] <= max;

    private int CompareStatic(int a, int b, int dest, int kind)
    {
        var fa = _f[a];
        var fb = _f[b];
        foreach (var p in _prefs)
        {
            var r = p switch
            {
                RoutingCriterion.Local => (fb.OwnCountryDestination == dest).CompareTo(fa.OwnCountryDestination == dest),
                RoutingCriterion.Cost => (fa.UnitCostCents[kind] + fa.ShipCostCents[dest]).CompareTo(fb.UnitCostCents[kind] + fb.ShipCostCents[dest]),
                RoutingCriterion.Co2e => Co2Key(fa.Co2PerKg[dest]).CompareTo(Co2Key(fb.Co2PerKg[dest])),
                _ => 0,
            };
            if (r != 0)
            {
                return r;
            }
        }

        return _idRank[a].CompareTo(_idRank[b]);
    }

    /// <summary>Policy order between two evaluated candidates: negative when <paramref name="a"/> is preferred.</summary>
    private int Compare(in Candidate a, in Candidate b, int dest)
    {
        foreach (var p in _prefs)
        {
            var r = p switch
            {
                RoutingCriterion.Local => b.Local.CompareTo(a.Local),
                RoutingCriterion.Cost => a.Cost.CompareTo(b.Cost),
                RoutingCriterion.Co2e => Co2Key(a.Co2).CompareTo(Co2Key(b.Co2)),
                RoutingCriterion.Speed => a.Dispatch.CompareTo(b.Dispatch),
                RoutingCriterion.Delivery => DeliveryDay(a, dest).CompareTo(DeliveryDay(b, dest)),
                _ => 0,
            };
            if (r != 0)
            {
                return r;
            }
        }

        return _idRank[a.Facility].CompareTo(_idRank[b.Facility]);
    }

    private static double Co2Key(double kg) => double.IsNaN(kg) ? double.MaxValue : kg;

    private int DeliveryDay(in Candidate c, int dest) => DeliveryDay(_f[c.Facility], dest, c.Day);

    private int DeliveryDay(FacilityData f, int dest, int dispatchDay) =>
        _net.DestinationCalendars[dest].AddWorkingDays(dispatchDay, f.TransitDays[dest]);

    private RoutingDecision Decide(RoutingOutcome outcome, FacilityData f, int dest, int kind, int units, int start, int day, long dispatch, DateTimeOffset deadline)
    {
        var shipment = new RoutedShipment(
            f,
            dest,
            null,
            start,
            dispatch,
            f.OffsetAt(day, dispatch),
            DeliveryDay(f, dest, day),
            deadline.UtcTicks,
            (f.UnitCostCents[kind] * units) + f.ShipCostCents[dest],
            _net.KilogramsByKind[kind] * units * f.Co2PerKg[dest],
            _net.Currency);
        return new RoutingDecision(outcome, deadline, shipment, null, null);
    }

    private RoutingDecision DecideWhole(RoutingOutcome outcome, in Candidate c, Order order, int dest, DateTimeOffset deadline) =>
        new(outcome, deadline, Ship(c, dest, deadline, null), null, null);

    private RoutedShipment Ship(in Candidate c, int dest, DateTimeOffset deadline, int[]? itemIndexes)
    {
        var f = _f[c.Facility];
        return new RoutedShipment(f, dest, itemIndexes, c.Start, c.Dispatch, f.OffsetAt(c.Day, c.Dispatch), DeliveryDay(f, dest, c.Day), deadline.UtcTicks, c.Cost, c.Co2, _net.Currency);
    }

    private static RoutingDecision Unroutable(DateTimeOffset deadline, string problem) =>
        new(RoutingOutcome.Unroutable, deadline, default, null, problem);

    private static RoutingDecision NoCapacity(DateTimeOffset deadline, int candidates) =>
        Unroutable(deadline, candidates == 0 ? "no facility allowed by the policy can make it and ship there" : "no capacity left at any facility that can make it");

    private static int StartOf(FacilityData f, long now, Span<int> starts)
    {
        if (starts.IsEmpty)
        {
            return f.StartDay(now);
        }

        ref var start = ref starts[f.ZoneIndex];
        if (start == int.MinValue)
        {
            start = f.StartDay(now);
        }

        return start;
    }

    private static int StartOf(in HotCandidate h, long now, Span<int> starts)
    {
        if (starts.IsEmpty)
        {
            return h.ZonedCalendar.StartDayNumber(now);
        }

        ref var start = ref starts[h.Zone];
        if (start == int.MinValue)
        {
            start = h.ZonedCalendar.StartDayNumber(now);
        }

        return start;
    }

    private static int PopCount(ulong mask) => BitOperations.PopCount(mask);

    /// <summary>One entry of a single-item candidate list: the facility and what its hot loop reads.</summary>
    // EarliestShiftTicks: collection time minus the zone's largest UTC offset; a dispatch on local day d is at or after d's UTC midnight plus this.
    private readonly record struct HotCandidate(int Facility, int Zone, int ExtraDays, long EarliestShiftTicks, Calendars.ZonedCalendar ZonedCalendar, Calendars.WorkingCalendar Calendar, CollectionClock Clock);

    /// <summary>A facility evaluated for (part of) an order.</summary>
    private struct Candidate
    {
        public int Facility;
        public int Start;
        public int Day;
        public long Dispatch;
        public long Cost;
        public double Co2;
        public bool Local;
        public ulong? Items;
    }
}
