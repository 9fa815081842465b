using PodConnect.Domain;
using PodConnect.Routing;

namespace PodConnect.Inventory;

/// <summary>
/// How many more units of a SKU can still dispatch in time, asked of the router itself so that the guard
/// and routing never disagree: on a scratch copy of the booked capacity, route orders for the SKU placed
/// now — halving the quantity whenever it no longer fits — and book each one that dispatches before its
/// deadline with the safety margin to spare. Stock-outs and closures rule facilities out as they do for
/// real orders. The count is shared by every SKU of the same kind and providers (each is offered all of
/// it; the next pass lowers them all as orders book it).
/// </summary>
internal static class SlaCapacity
{
    private const string ProbeId = "inventory-probe";

    /// <summary>A scratch ledger with <paramref name="source"/>'s bookings for <paramref name="days"/> production days from <paramref name="from"/>.</summary>
    public static CapacityLedger Copy(CapacityLedger source, DateOnly from, int days)
    {
        var network = source.Network;
        var copy = new CapacityLedger(network);
        for (var f = 0; f < network.FacilityCount; f++)
        {
            for (var d = 0; d < days; d++)
            {
                var day = from.AddDays(d);
                var total = source.Booked(f, day);
                if (total == 0)
                {
                    continue;
                }

                foreach (var kind in network.ProductKinds)
                {
                    var units = source.Booked(f, kind, day);
                    if (units > 0)
                    {
                        copy.Reserve(f, kind, day, units); // Counts towards the total too.
                        total -= units;
                    }
                }

                if (total > 0)
                {
                    copy.Reserve(f, day, total);
                }
            }
        }

        return copy;
    }

    /// <summary>Books orders that will take capacity but have not yet (held in the buyer-cancel window, or not routed yet).</summary>
    public static void BookPending(CapacityLedger scratch, Router router, Order order, DateTimeOffset now, AvailabilitySnapshot? availability)
    {
        var decision = router.Route(order, now, new RoutingConditions(scratch, availability));
        if (decision.IsRouted)
        {
            scratch.Reserve(decision, order);
        }
    }

    /// <summary>
    /// Units of <paramref name="sku"/> (of <paramref name="kind"/>) that orders placed now could still get
    /// dispatched in time, up to <paramref name="cap"/>; books them on <paramref name="scratch"/>. Their
    /// deadline is the market's rule brought forward by <paramref name="shortfall"/>.
    /// </summary>
    public static int Probe(Router router, CapacityLedger scratch, AvailabilitySnapshot? availability, string sku, ProductKind kind, CountryCode market, DateTimeOffset now, TimeSpan shortfall, TimeSpan margin, int cap)
    {
        var destination = new Address(market);
        var deadlines = shortfall > TimeSpan.Zero
            ? new OrderDeadlines(ReadyToShipBy: router.DeadlineOf(new Order(ProbeId, now, destination, [new OrderItem(sku, kind, 1)], market: market)) - shortfall)
            : null;
        var conditions = new RoutingConditions(scratch, availability);
        var total = 0;
        var quantity = cap;
        while (quantity > 0 && total < cap)
        {
            var order = new Order(ProbeId, now, destination, [new OrderItem(sku, kind, quantity)], deadlines, market);
            var decision = router.Route(order, now, conditions);
            if (decision.IsRouted && !decision.IsLate && !decision.IsSplit && decision.Slack >= margin)
            {
                scratch.Reserve(decision, order);
                total += quantity;
                quantity = Math.Min(quantity, cap - total);
                if (!router.Policy.RespectCapacity)
                {
                    return cap; // Capacity is not a limit under this policy.
                }
            }
            else
            {
                quantity /= 2;
            }
        }

        return total;
    }
}
