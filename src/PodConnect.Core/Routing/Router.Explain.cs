using System.Globalization;
using PodConnect.Domain;

namespace PodConnect.Routing;

public sealed partial class Router
{
    /// <summary>
    /// Routes an order and says, for every facility of the network, why it won, lost or was rejected,
    /// in words a person can read. Allocates; use <see cref="Route(Order, DateTimeOffset, in RoutingConditions)"/> on the hot path.
    /// </summary>
    public RoutingExplanation Explain(Order order, DateTimeOffset now, CapacityLedger? capacity = null) => Explain(order, now, new RoutingConditions(capacity));

    /// <summary>The same under booked capacity, stock-outs, closures and learned lead times.</summary>
    public RoutingExplanation Explain(Order order, DateTimeOffset now, in RoutingConditions conditions)
    {
        ArgumentNullException.ThrowIfNull(order);
        var decision = Route(order, now, conditions);
        TryContext(order, now, conditions, out var ctx);
        var ledger = ctx.Ledger;
        var deadline = ctx.Deadline;
        var limit = ctx.Limit;
        var dest = _net.DestinationIndex(order.Destination.Country);
        var units = 0;
        ulong kinds = 0;
        foreach (var item in order.Items)
        {
            units += item.Quantity;
            var k = _net.KindIndex(item.Kind);
            kinds |= k >= 0 ? 1UL << k : 0;
        }

        var chosen = decision.Shipments;
        Candidate? winner = null;
        if (decision.Primary is { } primary && !decision.IsSplit)
        {
            var wf = _f[primary.FacilityIndex];
            winner = Evaluate(wf, order, null, dest, primary.ProductionStart.DayNumber, ctx.Lead);
        }

        var verdicts = new List<CandidateVerdict>(_f.Length);
        foreach (var f in _f)
        {
            var src = f.Source;
            var mine = chosen.Where(s => s.FacilityIndex == f.Index).ToList();
            if (mine.Count > 0)
            {
                var s = mine[0];
                var part = decision.IsSplit ? $" for item(s) {string.Join(", ", s.ItemIndexes!.Select(i => $"{i + 1} ({order.Items[i].Kind})"))}" : string.Empty;
                var timing = s.IsLate
                    ? $"least late: dispatch {When(s.PredictedDispatch)}, {Duration(-s.Slack)} after the deadline"
                    : $"dispatch {When(s.PredictedDispatch)}, {Duration(s.Slack)} before the deadline";
                verdicts.Add(new CandidateVerdict(
                    src,
                    VerdictKind.Chosen,
                    $"chosen{part}: {(s.IsLocal ? "local" : $"produces in {src.Country}")}, {timing}, {s.Cost}, {Kg(s.Co2eKg)}",
                    s.PredictedDispatch,
                    s.Cost,
                    s.Co2eKg));
                continue;
            }

            if (Policy.ExclusionReason(src) is { } excluded)
            {
                verdicts.Add(new CandidateVerdict(src, VerdictKind.ExcludedByPolicy, excluded));
                continue;
            }

            var missing = order.Items.Select(i => i.Kind).Distinct().Where(k => src.FindProduct(k) is null).ToList();
            if (missing.Count > 0)
            {
                verdicts.Add(new CandidateVerdict(src, VerdictKind.CannotMake, $"cannot make {string.Join(", ", missing)}"));
                continue;
            }

            if (!ctx.HasDeadline)
            {
                verdicts.Add(new CandidateVerdict(src, VerdictKind.TooLate, decision.Problem ?? "no deadline"));
                continue;
            }

            if (dest < 0 || f.TransitDays[dest] < 0)
            {
                verdicts.Add(new CandidateVerdict(src, VerdictKind.NoLane, $"does not ship to {order.Destination.Country}"));
                continue;
            }

            if (!WithinTransit(f.Index, dest))
            {
                verdicts.Add(new CandidateVerdict(
                    src,
                    VerdictKind.TransitTooLong,
                    $"transit to {order.Destination.Country} takes {f.TransitDays[dest]} working days; the policy allows at most {Policy.MaxTransitDays}"));
                continue;
            }

            var day0 = f.StartDay(now.UtcTicks);
            var start = ledger is null ? day0 : FirstFree(ledger, f, order, null, day0);
            if (start < 0)
            {
                var left = Math.Max(0, ledger!.RemainingOn(f.Index, day0));
                verdicts.Add(new CandidateVerdict(
                    src,
                    VerdictKind.NoCapacity,
                    $"no capacity left from {DateOnly.FromDayNumber(day0):yyyy-MM-dd} over {_horizon} working day(s) (needs {units} unit(s); {left} of {f.Capacity} left on the first day, in total)"));
                continue;
            }

            var c = Evaluate(f, order, null, dest, start, ctx.Lead);
            var dispatchOffset = f.OffsetAt(c.Day, c.Dispatch);
            var dispatch = new DateTimeOffset(c.Dispatch + dispatchOffset.Ticks, dispatchOffset);
            var cost = new Money(FacilityData.FromCents(c.Cost), _net.Currency);
            if (ctx.Availability is { } availability && UnavailableReason(availability, f.Index, order, kinds, ctx.Now, c.Dispatch) is { } unavailable)
            {
                verdicts.Add(new CandidateVerdict(src, VerdictKind.Unavailable, unavailable, dispatch, cost, c.Co2));
                continue;
            }

            if (c.Dispatch <= limit && !OnTime(c, ctx))
            {
                var reason = $"dispatches in time ({When(dispatch)}) but delivers {DateOnly.FromDayNumber(c.Delivery):yyyy-MM-dd}, after the delivery deadline {DateOnly.FromDayNumber(ctx.DeliverByDay):yyyy-MM-dd} ({f.TransitDays[dest]} transit working day(s) to {order.Destination.Country})";
                verdicts.Add(new CandidateVerdict(src, VerdictKind.DeliversTooLate, decision.IsLate ? reason + "; the chosen facility is less late" : reason, dispatch, cost, c.Co2));
                continue;
            }

            if (c.Dispatch > limit)
            {
                var reason = c.Dispatch > deadline.UtcTicks
                    ? $"would dispatch {Duration(new TimeSpan(c.Dispatch - deadline.UtcTicks))} after the deadline ({When(dispatch)} vs {When(deadline.ToOffset(dispatch.Offset))})"
                    : $"would dispatch only {Duration(new TimeSpan(deadline.UtcTicks - c.Dispatch))} before the deadline, inside the {Duration(Policy.SafetyMargin)} safety margin ({When(dispatch)})";
                if (decision.IsLate)
                {
                    reason += "; the chosen facility is less late";
                }

                verdicts.Add(new CandidateVerdict(src, VerdictKind.TooLate, reason, dispatch, cost, c.Co2));
                continue;
            }

            verdicts.Add(new CandidateVerdict(src, VerdictKind.LostOnPreference, LostReason(c, winner, dest, order, ctx.DeliverByDay), dispatch, cost, c.Co2));
        }

        var ordered = verdicts
            .OrderBy(v => v.Kind)
            .ThenBy(v => v.PredictedDispatch?.UtcTicks ?? long.MaxValue)
            .ThenBy(v => v.Facility.Id, StringComparer.Ordinal)
            .ToList();
        return new RoutingExplanation(decision, ordered);
    }

    private static string? UnavailableReason(CompiledAvailability availability, int facility, Order order, ulong kinds, long now, long dispatch)
    {
        if (availability.Blocking(facility, kinds, now, dispatch) is { } reason)
        {
            return reason;
        }

        foreach (var item in order.Items)
        {
            if (availability.BlockingSku(facility, item.Sku, now, dispatch) is { } sku)
            {
                return sku;
            }
        }

        return null;
    }

    private string LostReason(in Candidate c, Candidate? winner, int dest, Order order, int deliverByDay)
    {
        if (winner is not { } w)
        {
            return "feasible, but the order was split";
        }

        if (_deliveryRule == DeliveryDeadlineRule.RankBehind && c.Delivery > deliverByDay && w.Delivery <= deliverByDay)
        {
            return $"ranked behind: delivers {DateOnly.FromDayNumber(c.Delivery):yyyy-MM-dd}, after the delivery deadline {DateOnly.FromDayNumber(deliverByDay):yyyy-MM-dd}, and {_f[w.Facility].Source.Id} delivers in time";
        }

        var chosenId = _f[w.Facility].Source.Id;
        foreach (var p in _prefs)
        {
            var lost = p switch
            {
                RoutingCriterion.Local when w.Local && !c.Local =>
                    $"lost on locality: produces in {_f[c.Facility].Source.Country}, the buyer is in {order.Destination.Country}, and {chosenId} is local",
                RoutingCriterion.Cost when c.Cost > w.Cost =>
                    $"lost on cost: {Money(c.Cost)} vs {Money(w.Cost)} at {chosenId}",
                RoutingCriterion.Co2e when Co2Key(c.Co2) > Co2Key(w.Co2) =>
                    $"lost on CO2e: {Kg(c.Co2)} vs {Kg(w.Co2)} at {chosenId}",
                RoutingCriterion.Speed when c.Dispatch > w.Dispatch =>
                    $"lost on speed: dispatches {Duration(new TimeSpan(c.Dispatch - w.Dispatch))} later than {chosenId}",
                RoutingCriterion.Delivery when DeliveryDay(c, dest) > DeliveryDay(w, dest) =>
                    $"lost on delivery: delivers {DateOnly.FromDayNumber(DeliveryDay(c, dest)):yyyy-MM-dd} vs {DateOnly.FromDayNumber(DeliveryDay(w, dest)):yyyy-MM-dd} at {chosenId}",
                _ => null,
            };
            if (lost is not null)
            {
                return lost;
            }
        }

        return $"ties with {chosenId} on every preference; the facility id decides";
    }

    private string Money(long cents) => new Money(FacilityData.FromCents(cents), _net.Currency).ToString();

    /// <summary>"7 h", "1 d 3 h", "45 min".</summary>
    internal static string Duration(TimeSpan t)
    {
        t = t.Duration();
        if (t.TotalMinutes < 60)
        {
            return $"{(int)Math.Ceiling(t.TotalMinutes)} min";
        }

        var days = t.Days;
        var hours = t.Hours + (t.Minutes >= 30 ? 1 : 0);
        if (hours == 24)
        {
            (days, hours) = (days + 1, 0);
        }

        return days > 0 ? (hours > 0 ? $"{days} d {hours} h" : $"{days} d") : $"{hours} h";
    }

    private static string When(DateTimeOffset t) => t.ToString("ddd d MMM HH:mm zzz", CultureInfo.InvariantCulture);

    private static string Kg(double kg) => double.IsNaN(kg) ? "CO2e unknown" : string.Create(CultureInfo.InvariantCulture, $"{kg:0.000} kg CO2e");
}
