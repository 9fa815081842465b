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
    private readonly int _horizon;
    private readonly DeliveryDeadlineRule _deliveryRule;
    private readonly bool[] _allowed;
    private readonly int[] _idRank;
    private readonly int _zoneCount;

    // The dispatch rule per market (by the two letters), with the shop market's rule where a market has none.
    private readonly MarketDispatchRule?[] _rules = new MarketDispatchRule?[26 * 26];
    private readonly MarketDispatchRule? _shopRule;

    // Reasons built once, so that an unroutable decision allocates nothing either.
    private readonly string _noRoom;
    private readonly string _noRoomOrStock;

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
        _horizon = Policy.BatchHorizonDays;
        _deliveryRule = Policy.DeliveryDeadline;
        _noRoom = $"no capacity left within {_horizon} working day(s) at any facility that can make it";
        _noRoomOrStock = $"no facility that can make it has capacity left within {_horizon} working day(s) and the stock to make it, open";
        _allowed = [.. _f.Select(f => Policy.ExclusionReason(f.Source) is null)];
        Span<char> letters = stackalloc char[2];
        for (var a = 'A'; a <= 'Z'; a++)
        {
            for (var b = 'A'; b <= 'Z'; b++)
            {
                (letters[0], letters[1]) = (a, b);
                if (CountryCode.TryParse(letters, out var code) && Sla.TryGetRule(code, out var rule))
                {
                    _rules[CompiledNetwork.Slot(code)] = rule;
                }
            }
        }

        _shopRule = Sla.ShopMarket is { } shop ? Sla.RuleFor(shop) : null;

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
                _hot[(d * _kinds) + k] = [.. list.Select(i => new HotCandidate(i, _f[i].ZoneIndex, _f[i].ProductionDays[kind] - 1, _f[i].TransitDays[dest], _f[i].EarliestCollectionShiftTicks, _f[i].Zone, _f[i].Calendar, _f[i].Collection))];
            }
        }
    }

    /// <summary>The network.</summary>
    public CompiledNetwork Network => _net;

    /// <summary>The policy.</summary>
    public RoutingPolicy Policy { get; }

    /// <summary>The deadline rules used for orders without a TikTok deadline.</summary>
    public DispatchSla Sla { get; }

    /// <summary>Decides where an order is produced, with capacity as the only condition (see <see cref="Route(Order, DateTimeOffset, in RoutingConditions)"/>).</summary>
    /// <param name="order">The order.</param>
    /// <param name="now">When routing happens.</param>
    /// <param name="capacity">Units already booked; <c>null</c> to ignore capacity.</param>
    public RoutingDecision Route(Order order, DateTimeOffset now, CapacityLedger? capacity = null) => Route(order, now, new RoutingConditions(capacity));

    /// <summary>
    /// Decides where an order is produced. Never throws for a valid order: what cannot be routed comes
    /// back <see cref="RoutingOutcome.Unroutable"/> with the reason. Allocation-free for orders one
    /// facility can make; a split order allocates its shipment list.
    /// </summary>
    /// <param name="order">The order.</param>
    /// <param name="now">
    /// When routing happens: production starts at the facility's next working day from here (after its
    /// cut-off, the day after) — or, with a capacity ledger, on the first of the policy's
    /// <see cref="RoutingPolicy.BatchHorizonDays"/> working days with room.
    /// </param>
    /// <param name="conditions">Booked capacity, stock-outs and closures, learned lead times.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> or a predicted day is outside the calendars' range (2015–2060).</exception>
    public RoutingDecision Route(Order order, DateTimeOffset now, in RoutingConditions conditions)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!TryContext(order, now, conditions, out var ctx, deferDelivery: true))
        {
            return Unroutable(ctx, $"no ready-to-ship deadline on the order and no dispatch rule for market {order.Market}; set Order.Market to the shop's market, add a rule with DispatchSla.With, or name the shop market with DispatchSla.WithShopMarket");
        }

        var dest = _net.DestinationIndex(order.Destination.Country);
        if (dest < 0)
        {
            return Unroutable(ctx, $"no facility ships to {order.Destination.Country}");
        }

        var items = order.Items;
        if (items.Count == 1)
        {
            var item = items[0];
            var kind = _net.KindIndex(item.Kind);
            if (kind < 0)
            {
                return Unroutable(ctx, $"no facility makes {item.Kind}");
            }

            if (item.Quantity == 1 && _static)
            {
                return RouteFirstFit(dest, kind, ref ctx);
            }

            ResolveDelivery(ref ctx);
            return RouteSingle(dest, kind, item.Quantity, ctx);
        }

        ResolveDelivery(ref ctx);
        return RouteMulti(order, dest, ctx);
    }

    /// <summary>The ready-to-ship deadline of an order: TikTok's when present, else the market's rule (or the shop market's).</summary>
    /// <exception cref="ArgumentException">The order states none and no rule applies to its market.</exception>
    public DateTimeOffset DeadlineOf(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.Deadlines.ReadyToShipBy ?? (RuleOf(order) ?? Sla.RuleFor(order.Market)).DeadlineFor(order.CreatedAt);
    }

    /// <summary>The delivery deadline of an order: TikTok's <c>delivery_sla_time</c> when present, else the market's rule; <c>null</c> when neither exists.</summary>
    public DateTimeOffset? DeliveryDeadlineOf(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.Deadlines.DeliverBy ?? RuleOf(order)?.DeliveryDeadlineFor(order.CreatedAt);
    }

    private MarketDispatchRule? RuleOf(Order order) => order.Market.IsDefault ? _shopRule : _rules[CompiledNetwork.Slot(order.Market)];

    /// <summary>
    /// Resolves an order's deadlines and conditions once per call. With <paramref name="deferDelivery"/>,
    /// a delivery deadline that comes from the market's rule is left <see cref="RoutingDecision.DeliverByNotComputed"/>
    /// with a lower bound that costs no read: the first-fit loop often never needs more (see
    /// <see cref="ResolveDelivery"/>); every other path resolves it before use.
    /// </summary>
    private bool TryContext(Order order, DateTimeOffset now, in RoutingConditions conditions, out OrderContext ctx, bool deferDelivery = false)
    {
        ctx = default;
        ctx.Order = order;
        ctx.Now = now.UtcTicks;
        ctx.Ledger = _respectCapacity ? conditions.Capacity : null;
        ctx.Lead = conditions.LeadTimes is { } lead && ReferenceEquals(lead.Network, _net) ? lead : null;
        ctx.Availability = conditions.Availability is { IsEmpty: false } a ? a.For(_net) : null;
        ctx.DeliverByDay = int.MaxValue;
        var rule = RuleOf(order);
        var stated = order.Deadlines;
        if (stated.DeliverBy is { } deliverBy)
        {
            ctx.StatedDeliverBy = deliverBy;
            ctx.DeliverByDay = rule is not null ? rule.Clock.LocalDayNumber(deliverBy.UtcTicks) : (int)(deliverBy.UtcTicks / TimeSpan.TicksPerDay);
        }
        else if (rule is not null)
        {
            var days = rule.DeliveryDays;
            ctx.DeliveryDays = days;
            ctx.OrderedAt = order.CreatedAt.UtcTicks;
            ctx.DeliverByDay = deferDelivery && days.TryLowerBound(ctx.OrderedAt, out ctx.DeliverByAtLeast)
                ? RoutingDecision.DeliverByNotComputed
                : days.DayFor(ctx.OrderedAt);
        }

        if (stated.ReadyToShipBy is { } rts)
        {
            ctx.Deadline = rts;
        }
        else if (rule is not null)
        {
            ctx.Deadline = rule.DeadlineFor(order.CreatedAt);
        }
        else
        {
            return false;
        }

        ctx.HasDeadline = true;
        ctx.Limit = ctx.Deadline.UtcTicks - _marginTicks;
        return true;
    }

    /// <summary>Computes a deferred delivery deadline day (one table read); nothing when it is known.</summary>
    private static void ResolveDelivery(ref OrderContext ctx)
    {
        if (ctx.DeliverByDay == RoutingDecision.DeliverByNotComputed)
        {
            ctx.DeliverByDay = ctx.DeliveryDays!.DayFor(ctx.OrderedAt);
        }
    }

    /// <summary>
    /// One unit of one kind under a static policy: the first facility of the policy-sorted list that
    /// makes it in time wins. Kept apart from <see cref="RouteSingle"/>, whose many decision-building
    /// paths give it a large stack frame the JIT zeroes on every call.
    /// </summary>
    private RoutingDecision RouteFirstFit(int dest, int kind, ref OrderContext ctx)
    {
        // Branch once per call: without conditions the JIT compiles a loop with none of their checks.
        var fit = ctx.Ledger is null && ctx.Lead is null && ctx.Availability is null
            ? FirstFitIn<WithoutConditions>(dest, kind, ref ctx)
            : FirstFitIn<WithConditions>(dest, kind, ref ctx);
        return fit.Facility < 0
            ? NoCandidate(ctx, _hot[(dest * _kinds) + kind].Length)
            : Decide(fit.Outcome, _f[fit.Facility], dest, kind, 1, fit.Start, fit.Day, fit.Dispatch, fit.Delivery, ctx);
    }

    private RoutingDecision RouteSingle(int dest, int kind, int units, in OrderContext ctx)
    {
        var list = _ranked[(dest * _kinds) + kind];
        var now = ctx.Now;
        var ledger = ctx.Ledger;
        var lead = ctx.Lead;
        var availability = ctx.Availability;
        Span<int> starts = _zoneCount <= MaxCachedZones ? stackalloc int[_zoneCount] : default;
        starts.Fill(int.MinValue);
        Candidate best = default, bestLate = default;
        best.Facility = bestLate.Facility = -1;
        foreach (var i in list)
        {
            var f = _f[i];
            var start = StartOf(f, now, starts);
            if (ledger is not null && (start = FirstFree(ledger, f, kind, units, start)) < 0)
            {
                continue;
            }

            var day = f.DispatchDay(start, ProductionDays(f, kind, lead));
            var c = new Candidate
            {
                Facility = i,
                Start = start,
                Day = day,
                Dispatch = f.CollectionUtcTicks(day),
                Delivery = DeliveryDay(f, dest, day),
                Cost = (f.UnitCostCents[kind] * units) + f.ShipCostCents[dest],
                Co2 = _net.KilogramsByKind[kind] * units * f.Co2PerKg[dest],
                Local = f.OwnCountryDestination == dest,
            };
            if (availability is not null && availability.Touches(i) && !availability.Allows(i, ctx.Order, 1UL << kind, null, now, c.Dispatch))
            {
                continue;
            }

            Consider(ref best, ref bestLate, c, ctx, dest);
        }

        if (best.Facility >= 0)
        {
            return Decide(RoutingOutcome.OnTime, _f[best.Facility], dest, kind, units, best.Start, best.Day, best.Dispatch, best.Delivery, ctx);
        }

        return bestLate.Facility >= 0
            ? Decide(RoutingOutcome.Late, _f[bestLate.Facility], dest, kind, units, bestLate.Start, bestLate.Day, bestLate.Dispatch, bestLate.Delivery, ctx)
            : NoCandidate(ctx, list.Length);
    }

    /// <summary>
    /// The first-fit loop: the candidate list is sorted by the policy, so the first facility that makes
    /// it in time wins. <typeparamref name="TConditions"/> is a struct, so the
    /// JIT compiles one loop per kind of call and drops the checks of conditions that are not there.
    /// A deferred delivery deadline (<see cref="OrderContext.DeliverByDay"/>) is computed here only when
    /// a facility that dispatches in time delivers after the deadline's lower bound; most never do.
    /// It returns the choice, not the decision: building decisions at several returns made the JIT zero
    /// a decision-sized stack slot per return on every call.
    /// </summary>
    private FirstFit FirstFitIn<TConditions>(int dest, int kind, ref OrderContext ctx)
        where TConditions : struct, IConditionChecks
    {
        var hot = _hot[(dest * _kinds) + kind];
        var limit = ctx.Limit;
        var now = ctx.Now;
        var ledger = ctx.Ledger;
        var lead = ctx.Lead;
        var availability = ctx.Availability;
        Span<int> starts = _zoneCount <= MaxCachedZones ? stackalloc int[_zoneCount] : default;
        starts.Fill(int.MinValue);
        var destination = _net.DestinationCalendars[dest];
        var deliverBy = _deliveryRule == DeliveryDeadlineRule.Ignore ? int.MaxValue : ctx.DeliverByDay;

        // The last delivery day a candidate may have to count at all; later ones are late (Reject only;
        // none while the deadline is deferred: pruning less never changes the answer).
        var rejectAfter = _deliveryRule == DeliveryDeadlineRule.Reject && ctx.DeliverByDay != RoutingDecision.DeliverByNotComputed ? ctx.DeliverByDay : int.MaxValue;
        var late = -1;
        var lateDispatch = long.MaxValue;
        int lateStart = 0, lateDay = 0;
        var behind = -1;
        int behindStart = 0, behindDay = 0, behindDelivery = 0;
        long behindDispatch = 0;
        for (var n = 0; n < hot.Length; n++)
        {
            ref readonly var h = ref hot[n];
            var day0 = StartOf(h, now, starts);
            if (TConditions.Apply && ledger is not null && (day0 = FirstFree(ledger, _f[h.Facility], kind, 1, day0)) < 0)
            {
                continue;
            }

            var extra = TConditions.Apply && lead is not null ? lead.ProductionDaysOf(h.Facility, kind) - 1 : h.ExtraDays;

            // Working days are at least a calendar day apart, so the dispatch day is at least day 0 plus
            // the extra days, and delivery that plus the transit days. When even the earliest this
            // facility could dispatch is no earlier than the least-late option found, and it is too late
            // anyway (for dispatch, or for delivery when the policy rejects a late delivery), it can
            // neither be on time nor less late: skipping it saves the calendar look-ups.
            var earliest = ((long)(day0 + extra) * TimeSpan.TicksPerDay) + h.EarliestShiftTicks;
            var deliversLate = day0 + extra + h.TransitDays > rejectAfter;
            if (earliest >= lateDispatch && (earliest > limit || deliversLate))
            {
                continue;
            }

            var day = h.Calendar.AddWorkingDays(day0, extra);
            var dispatch = h.Clock.UtcTicks(day);
            if (TConditions.Apply && availability is not null && availability.Touches(h.Facility) && !availability.Allows(h.Facility, ctx.Order, 1UL << kind, null, now, dispatch))
            {
                continue;
            }

            if (dispatch <= limit)
            {
                if (deliverBy == int.MaxValue)
                {
                    return new FirstFit(RoutingOutcome.OnTime, h.Facility, day0, day, dispatch, DeliveryDay(_f[h.Facility], dest, day));
                }

                var delivery = deliversLate ? int.MaxValue : destination.AddWorkingDays(day, h.TransitDays);
                if (deliverBy == RoutingDecision.DeliverByNotComputed)
                {
                    if (delivery <= ctx.DeliverByAtLeast)
                    {
                        // Delivered before any day the market's rule could give: in time whatever the exact day.
                        return new FirstFit(RoutingOutcome.OnTime, h.Facility, day0, day, dispatch, delivery);
                    }

                    ResolveDelivery(ref ctx);
                    deliverBy = ctx.DeliverByDay;
                    rejectAfter = _deliveryRule == DeliveryDeadlineRule.Reject ? deliverBy : int.MaxValue;
                }

                if (delivery <= deliverBy)
                {
                    return new FirstFit(RoutingOutcome.OnTime, h.Facility, day0, day, dispatch, delivery);
                }

                if (_deliveryRule == DeliveryDeadlineRule.RankBehind)
                {
                    if (behind < 0)
                    {
                        (behind, behindStart, behindDay, behindDispatch, behindDelivery) = (n, day0, day, dispatch, delivery);
                    }

                    continue;
                }
            }

            if (dispatch < lateDispatch)
            {
                (late, lateDispatch, lateStart, lateDay) = (n, dispatch, day0, day);
            }
        }

        if (behind >= 0)
        {
            return new FirstFit(RoutingOutcome.OnTime, hot[behind].Facility, behindStart, behindDay, behindDispatch, behindDelivery);
        }

        if (late < 0)
        {
            return new FirstFit(RoutingOutcome.Unroutable, -1, 0, 0, 0, 0);
        }

        var lateFacility = hot[late].Facility;
        return new FirstFit(RoutingOutcome.Late, lateFacility, lateStart, lateDay, lateDispatch, DeliveryDay(_f[lateFacility], dest, lateDay));
    }

    private RoutingDecision RouteMulti(Order order, int dest, in OrderContext ctx)
    {
        var items = order.Items;
        if (items.Count > 64)
        {
            return Unroutable(ctx, "orders with more than 64 lines are not supported");
        }

        ulong mask = 0;
        var rarest = -1;
        for (var j = 0; j < items.Count; j++)
        {
            var kind = _net.KindIndex(items[j].Kind);
            if (kind < 0)
            {
                return Unroutable(ctx, $"no facility makes {items[j].Kind}");
            }

            mask |= 1UL << kind;
            if (rarest < 0 || _ranked[(dest * _kinds) + kind].Length < _ranked[(dest * _kinds) + rarest].Length)
            {
                rarest = kind;
            }
        }

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

            var start = StartOf(f, ctx.Now, starts);
            if (ctx.Ledger is not null && (start = FirstFree(ctx.Ledger, f, order, null, start)) < 0)
            {
                continue;
            }

            var c = Evaluate(f, order, null, dest, start, ctx.Lead);
            if (ctx.Availability is { } a && a.Touches(i) && !a.Allows(i, order, mask, null, ctx.Now, c.Dispatch))
            {
                continue;
            }

            Consider(ref best, ref bestLate, c, ctx, dest);
        }

        if (best.Facility >= 0)
        {
            return DecideWhole(RoutingOutcome.OnTime, best, dest, ctx);
        }

        return RouteSplit(order, dest, ctx, bestLate);
    }

    /// <summary>Whether a candidate counts as on time: dispatch by the deadline less the margin and, unless the policy says otherwise, delivery by the delivery deadline.</summary>
    private bool OnTime(in Candidate c, in OrderContext ctx) =>
        c.Dispatch <= ctx.Limit && (_deliveryRule != DeliveryDeadlineRule.Reject || c.Delivery <= ctx.DeliverByDay);

    private void Consider(ref Candidate best, ref Candidate bestLate, in Candidate c, in OrderContext ctx, int dest)
    {
        if (OnTime(c, ctx))
        {
            if (best.Facility < 0 || Better(c, best, ctx, dest))
            {
                best = c;
            }
        }
        else if (best.Facility < 0 && (bestLate.Facility < 0 || c.Dispatch < bestLate.Dispatch || (c.Dispatch == bestLate.Dispatch && Compare(c, bestLate, dest) < 0)))
        {
            bestLate = c;
        }
    }

    /// <summary>Between two on-time candidates: with <see cref="DeliveryDeadlineRule.RankBehind"/>, delivering in time first; then the policy.</summary>
    private bool Better(in Candidate a, in Candidate b, in OrderContext ctx, int dest)
    {
        if (_deliveryRule == DeliveryDeadlineRule.RankBehind)
        {
            var aOk = a.Delivery <= ctx.DeliverByDay;
            if (aOk != b.Delivery <= ctx.DeliverByDay)
            {
                return aOk;
            }
        }

        return Compare(a, b, dest) < 0;
    }

    /// <summary>Evaluates a facility for some of an order's items (all when <paramref name="itemMask"/> is null).</summary>
    private Candidate Evaluate(FacilityData f, Order order, ulong? itemMask, int dest, int start, LeadTimeLearner? lead)
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
            production = Math.Max(production, ProductionDays(f, kind, lead));
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
            Delivery = DeliveryDay(f, dest, day),
            Cost = cost,
            Co2 = kg * f.Co2PerKg[dest],
            Local = f.OwnCountryDestination == dest,
            Items = itemMask,
        };
    }

    private static int ProductionDays(FacilityData f, int kind, LeadTimeLearner? lead) =>
        lead is null ? f.ProductionDays[kind] : lead.ProductionDaysOf(f.Index, kind);

    /// <summary>The first of the horizon's working days from <paramref name="day0"/> with room for the units of one kind, or -1.</summary>
    private int FirstFree(CapacityLedger ledger, FacilityData f, int kind, int units, int day0)
    {
        var day = day0;
        for (var k = 1; ledger.RemainingOn(f.Index, kind, day) < units; k++)
        {
            if (k >= _horizon)
            {
                return -1;
            }

            day = f.Calendar.AddWorkingDays(day, 1);
        }

        return day;
    }

    /// <summary>The first of the horizon's working days from <paramref name="day0"/> with room for an order's items (those in the mask), or -1.</summary>
    private int FirstFree(CapacityLedger ledger, FacilityData f, Order order, ulong? itemMask, int day0)
    {
        var day = day0;
        for (var k = 1; !Fits(ledger, f, order, itemMask, day); k++)
        {
            if (k >= _horizon)
            {
                return -1;
            }

            day = f.Calendar.AddWorkingDays(day, 1);
        }

        return day;
    }

    private bool Fits(CapacityLedger ledger, FacilityData f, Order order, ulong? itemMask, int day)
    {
        var items = order.Items;
        var units = 0;
        for (var j = 0; j < items.Count; j++)
        {
            if (itemMask is { } m && (m & (1UL << j)) == 0)
            {
                continue;
            }

            units += items[j].Quantity;
            var kind = _net.KindIndex(items[j].Kind);
            if (f.HasKindCapacity && f.KindCapacity[kind] != int.MaxValue)
            {
                var ofKind = 0;
                for (var i = 0; i < items.Count; i++)
                {
                    if ((itemMask is not { } m2 || (m2 & (1UL << i)) != 0) && items[i].Kind == items[j].Kind)
                    {
                        ofKind += items[i].Quantity;
                    }
                }

                if (ledger.RemainingOn(f.Index, kind, day) < ofKind)
                {
                    return false;
                }
            }
        }

        return ledger.RemainingOn(f.Index, day) >= units;
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

    private RoutingDecision Decide(RoutingOutcome outcome, FacilityData f, int dest, int kind, int units, int start, int day, long dispatch, int delivery, in OrderContext ctx)
    {
        var shipment = new RoutedShipment(
            f,
            dest,
            null,
            start,
            day,
            dispatch,
            delivery,
            ctx.Deadline.UtcTicks,
            (f.UnitCostCents[kind] * units) + f.ShipCostCents[dest],
            _net.KilogramsByKind[kind] * units * f.Co2PerKg[dest],
            _net.Currency);
        return Decision(outcome, Misses(dispatch, delivery, ctx), shipment, null, null, ctx);
    }

    private RoutingDecision DecideWhole(RoutingOutcome outcome, in Candidate c, int dest, in OrderContext ctx) =>
        Decision(outcome, Misses(c.Dispatch, c.Delivery, ctx), Ship(c, dest, ctx, null), null, null, ctx);

    /// <summary>A decision with the order's deadlines as resolved for this call.</summary>
    private static RoutingDecision Decision(RoutingOutcome outcome, DeadlineMiss misses, in RoutedShipment primary, RoutedShipment[]? split, string? problem, in OrderContext ctx) =>
        new(outcome, ctx.HasDeadline ? ctx.Deadline : null, ctx.StatedDeliverBy, ctx.DeliveryDays, ctx.OrderedAt, ctx.DeliverByDay, misses, primary, split, problem);

    /// <summary>The misses known now; with the delivery deadline deferred, the decision works out the delivery miss when read.</summary>
    private static DeadlineMiss Misses(long dispatch, int delivery, in OrderContext ctx) =>
        (dispatch > ctx.Deadline.UtcTicks ? DeadlineMiss.Dispatch : DeadlineMiss.None)
        | (ctx.DeliverByDay != RoutingDecision.DeliverByNotComputed && delivery > ctx.DeliverByDay ? DeadlineMiss.Delivery : DeadlineMiss.None);

    private RoutedShipment Ship(in Candidate c, int dest, in OrderContext ctx, int[]? itemIndexes)
    {
        var f = _f[c.Facility];
        return new RoutedShipment(f, dest, itemIndexes, c.Start, c.Day, c.Dispatch, c.Delivery, ctx.Deadline.UtcTicks, c.Cost, c.Co2, _net.Currency);
    }

    private static RoutingDecision Unroutable(in OrderContext ctx, string problem) =>
        Decision(RoutingOutcome.Unroutable, DeadlineMiss.None, default, null, problem, ctx);

    private RoutingDecision NoCandidate(in OrderContext ctx, int candidates) =>
        Unroutable(ctx, candidates == 0 ? "no facility allowed by the policy can make it and ship there"
            : ctx.Availability is not null ? _noRoomOrStock
            : _noRoom);

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
    private readonly record struct HotCandidate(int Facility, int Zone, int ExtraDays, int TransitDays, long EarliestShiftTicks, Calendars.ZonedCalendar ZonedCalendar, Calendars.WorkingCalendar Calendar, CollectionClock Clock);

    /// <summary>What the first-fit loop chose (<see cref="Facility"/> -1: nothing); no references, so returning it costs no stack zeroing.</summary>
    private readonly record struct FirstFit(RoutingOutcome Outcome, int Facility, int Start, int Day, long Dispatch, int Delivery);

    /// <summary>Which checks a compiled first-fit loop keeps: a struct type argument, so the JIT folds <see cref="Apply"/> away.</summary>
    private interface IConditionChecks
    {
        static abstract bool Apply { get; }
    }

    /// <summary>No ledger, availability or learner on this call: their checks are compiled out.</summary>
    private readonly struct WithoutConditions : IConditionChecks
    {
        public static bool Apply => false;
    }

    /// <summary>At least one condition on this call: each is checked where present.</summary>
    private readonly struct WithConditions : IConditionChecks
    {
        public static bool Apply => true;
    }

    /// <summary>One order's deadlines and conditions, resolved once per call.</summary>
    private struct OrderContext
    {
        public Order Order;
        public long Now;
        public bool HasDeadline;
        public DateTimeOffset Deadline;
        public long Limit;

        /// <summary>The delivery deadline the order states (TikTok's <c>delivery_sla_time</c>), if any.</summary>
        public DateTimeOffset? StatedDeliverBy;

        /// <summary>Else the market rule's delivery days (its clock's end of <see cref="DeliverByDay"/> is the deadline); <c>null</c> when there is none.</summary>
        public Sla.DayAfterWorkingDaysTable? DeliveryDays;

        /// <summary>The order's instant in UTC ticks, from which <see cref="DeliveryDays"/> gives the day.</summary>
        public long OrderedAt;

        /// <summary>
        /// Last local day of delivery; <see cref="int.MaxValue"/> when there is no delivery deadline;
        /// <see cref="RoutingDecision.DeliverByNotComputed"/> while deferred (first-fit only), and then
        /// <see cref="DeliverByAtLeast"/> is a day it is certainly not before.
        /// </summary>
        public int DeliverByDay;

        /// <summary>While <see cref="DeliverByDay"/> is deferred: a day on or before it.</summary>
        public int DeliverByAtLeast;
        public CapacityLedger? Ledger;
        public CompiledAvailability? Availability;
        public LeadTimeLearner? Lead;
    }

    /// <summary>A facility evaluated for (part of) an order.</summary>
    private struct Candidate
    {
        public int Facility;
        public int Start;
        public int Day;
        public long Dispatch;
        public int Delivery;
        public long Cost;
        public double Co2;
        public bool Local;
        public ulong? Items;
    }
}
