using PodConnect.Routing;

namespace PodConnect.Cli.Simulation;

/// <summary>Runs one policy over the order stream: route, hold when every allowed facility is full, book capacity, slip.</summary>
internal static class PolicyRun
{
    /// <summary>
    /// Routes each order at its arrival with the SDK's <see cref="Router"/> and a <see cref="CapacityLedger"/>.
    /// When no allowed facility has capacity left, the order is held and routed again at each following
    /// midnight (UTC), up to the scenario's hold limit; it then counts as unplaced. Its dispatch is the
    /// router's prediction moved by the order's drawn production slip (working days of the facility).
    /// </summary>
    public static (OrderOutcome[] Outcomes, CapacityLedger Capacity) Run(Scenario scenario, CompiledNetwork network, PolicySpec spec, IReadOnlyList<SimulatedOrder> orders, CancellationToken cancellationToken)
    {
        var routers = new PolicyRouter(spec, network, scenario.Demand);
        var capacity = new CapacityLedger(network);
        var outcomes = new OrderOutcome[orders.Count];
        for (var i = 0; i < orders.Count; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (order, slip) = orders[i];
            var router = routers.For(order);
            var decision = router.Route(order, order.CreatedAt, capacity);
            var held = 0;
            if (!decision.IsRouted && router.Route(order, order.CreatedAt).IsRouted)
            {
                // Full everywhere it may go: wait for a later day's capacity.
                var midnight = new DateTimeOffset(order.CreatedAt.UtcDateTime.Date, TimeSpan.Zero);
                while (!decision.IsRouted && held < scenario.MaxHoldDays)
                {
                    held++;
                    decision = router.Route(order, midnight.AddDays(held), capacity);
                }
            }

            var deadline = router.DeadlineOf(order).UtcTicks;
            if (!decision.IsRouted)
            {
                outcomes[i] = OrderOutcome.Unplaced(deadline);
                continue;
            }

            capacity.Reserve(decision, order);
            var shipment = decision.Shipments[0]; // one unit of one kind: never split
            var dispatch = slip == 0 ? shipment.PredictedDispatch : Slip(network, shipment, slip);
            outcomes[i] = new OrderOutcome(
                shipment.FacilityIndex,
                shipment.ProductionStart.DayNumber,
                dispatch.UtcTicks,
                deadline,
                decision.IsLocal,
                (long)Math.Round(decision.Cost.Value.Amount * 100),
                decision.Co2eKg.Value,
                held);
        }

        return (outcomes, capacity);
    }

    private static DateTimeOffset Slip(CompiledNetwork network, in RoutedShipment shipment, int workingDays)
    {
        var calendar = network.ProductionCalendar(shipment.FacilityIndex);
        var day = calendar.LocalDate(shipment.PredictedDispatch);
        return calendar.At(calendar.Calendar.AddWorkingDays(day, workingDays), shipment.Facility.CollectionTime);
    }
}
