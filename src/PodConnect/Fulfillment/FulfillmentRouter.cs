using System.Collections.Concurrent;
using PodConnect.Domain;
using PodConnect.Health;
using PodConnect.Routing;
using PodConnect.Stores;

namespace PodConnect.Fulfillment;

/// <summary>
/// The loop's one door to Core routing. It builds a <see cref="Router"/> per set of providers an order
/// may go to (registered providers that the catalogue maps every SKU to), books capacity in the shared
/// <see cref="ICapacityCounters"/>, and keeps a local <see cref="CapacityLedger"/> as the router's view of
/// it: when the shared counters refuse a booking another instance made first, the local view catches up
/// and the order is routed again.
/// </summary>
internal sealed class FulfillmentRouter
{
    private const int MaxCapacityRetries = 4;
    private readonly CompiledNetwork _network;
    private readonly Func<RoutingPolicyBuilder, RoutingPolicyBuilder> _policy;
    private readonly ICapacityCounters _counters;
    private readonly CapacityLedger _ledger;
    private readonly ConcurrentDictionary<(string Providers, RoutingStance Stance), Router> _routers = new();
    private readonly TimeSpan _slackFirstMargin;
    private readonly string[] _networkProviders;
    private readonly Router _anyProvider;
    private readonly IProviderAvailability? _availability;

    public FulfillmentRouter(CompiledNetwork network, Func<RoutingPolicyBuilder, RoutingPolicyBuilder> policy, ICapacityCounters counters, TimeSpan? slackFirstMargin = null, IProviderAvailability? availability = null)
    {
        _slackFirstMargin = slackFirstMargin ?? TimeSpan.FromHours(12);
        _network = network;
        _availability = availability;
        _policy = policy;
        _counters = counters;
        _ledger = new CapacityLedger(network);
        _networkProviders = [.. network.Source.Facilities.Select(f => f.Provider).Distinct(StringComparer.Ordinal)];
        _anyProvider = new Router(network, policy(RoutingPolicy.Create()).Build());
    }

    /// <summary>The network routing runs on.</summary>
    public CompiledNetwork Network => _network;

    /// <summary>This instance's view of the booked capacity (read by the inventory guard).</summary>
    public CapacityLedger Ledger => _ledger;

    /// <summary>The stock-outs and closures known now.</summary>
    public AvailabilitySnapshot? Availability => _availability?.Current;

    /// <summary>Providers that have at least one facility in the network.</summary>
    public IReadOnlyList<string> NetworkProviders => _networkProviders;

    /// <summary>The ready-to-ship deadline of an order: the marketplace's, else the market's rule.</summary>
    public DateTimeOffset DeadlineOf(Order order) => _anyProvider.DeadlineOf(order);

    /// <summary>Routes without booking anything (to ask whether holding the order until <paramref name="at"/> would make it late).</summary>
    public RoutingDecision Preview(Order order, IReadOnlyCollection<string> providers, DateTimeOffset at) =>
        RouterFor(providers).Route(order, at, new RoutingConditions(_ledger, Availability));

    /// <summary>Routes and books capacity for every shipment of the decision; nothing is booked when it is unroutable.</summary>
    public async Task<RoutingDecision> RouteAndReserveAsync(Order order, IReadOnlyCollection<string> providers, DateTimeOffset now, CancellationToken cancellationToken, RoutingStance stance = RoutingStance.Normal)
    {
        var router = RouterFor(providers, stance);
        for (var attempt = 0; ; attempt++)
        {
            var decision = router.Route(order, now, new RoutingConditions(_ledger, Availability));
            if (!decision.IsRouted || !router.Policy.RespectCapacity || attempt == MaxCapacityRetries)
            {
                return decision;
            }

            if (await TryReserveAsync(order, decision, cancellationToken).ConfigureAwait(false))
            {
                return decision;
            }
        }
    }

    /// <summary>Gives back capacity booked for an order that will not be produced.</summary>
    public async Task ReleaseAsync(string facilityId, DateOnly day, int units, CancellationToken cancellationToken)
    {
        await _counters.ReleaseAsync(facilityId, day, units, cancellationToken).ConfigureAwait(false);
        var index = _network.IndexOf(facilityId);
        if (index >= 0)
        {
            _ledger.Release(index, day, units);
        }
    }

    /// <summary>Units of <paramref name="order"/> a shipment makes.</summary>
    public static int UnitsOf(Order order, in RoutedShipment shipment)
    {
        var units = 0;
        for (var i = 0; i < order.Items.Count; i++)
        {
            if (shipment.ItemIndexes is null || shipment.ItemIndexes.Contains(i))
            {
                units += order.Items[i].Quantity;
            }
        }

        return units;
    }

    private async Task<bool> TryReserveAsync(Order order, RoutingDecision decision, CancellationToken cancellationToken)
    {
        var booked = new List<(RoutedShipment Shipment, int Units)>();
        foreach (var shipment in decision.Shipments)
        {
            var units = UnitsOf(order, shipment);
            var reservation = await _counters.TryReserveAsync(shipment.Facility.Id, shipment.ProductionStart, units, shipment.Facility.DailyCapacity, cancellationToken).ConfigureAwait(false);
            if (!reservation.Reserved)
            {
                // Another instance booked it first: let the local view catch up, undo this decision's bookings, route again.
                CatchUp(shipment.FacilityIndex, shipment.ProductionStart, reservation.Booked);
                foreach (var (done, doneUnits) in booked)
                {
                    await ReleaseAsync(done.Facility.Id, done.ProductionStart, doneUnits, cancellationToken).ConfigureAwait(false);
                }

                return false;
            }

            _ledger.Reserve(shipment.FacilityIndex, shipment.ProductionStart, units);
            CatchUp(shipment.FacilityIndex, shipment.ProductionStart, reservation.Booked);
            booked.Add((shipment, units));
        }

        return true;
    }

    private void CatchUp(int facility, DateOnly day, int sharedBooked)
    {
        var behind = sharedBooked - _ledger.Booked(facility, day);
        if (behind > 0)
        {
            _ledger.Reserve(facility, day, behind);
        }
    }

    /// <summary>The router for orders that may go only to <paramref name="providers"/> under <paramref name="stance"/> (cached per set and stance).</summary>
    public Router RouterFor(IReadOnlyCollection<string> providers, RoutingStance stance = RoutingStance.Normal)
    {
        var key = string.Join('\n', providers.Order(StringComparer.Ordinal));
        return _routers.GetOrAdd((key, stance), _ =>
        {
            // Deny the rest rather than allow these: Allow unions with a user's own allow-list and could widen it.
            var denied = _networkProviders.Where(p => !providers.Contains(p, StringComparer.Ordinal)).ToArray();
            var policy = _policy(RoutingPolicy.Create()).DenyProviders(denied).Build();
            return new Router(_network, stance == RoutingStance.SlackFirst ? policy.SlackFirst(_slackFirstMargin) : policy);
        });
    }
}
