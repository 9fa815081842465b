using PodConnect.Domain;
using PodConnect.Routing;

namespace PodConnect.Cli.Simulation;

/// <summary>
/// The SDK's <see cref="Router"/> for one compared policy. A routing policy gets one router; the naive
/// policy gets, per destination and product kind, a router allowed only the facility nearest the buyer's
/// country (great-circle from the facility to the country's representative point), so it queues there
/// whatever the load, as a shop that always uses its nearest hub would.
/// </summary>
internal sealed class PolicyRouter
{
    private readonly Router? _shared;
    private readonly Router? _none;
    private readonly Dictionary<(CountryCode, ProductKind), Router> _nearest = [];

    public PolicyRouter(PolicySpec spec, CompiledNetwork network, IEnumerable<DemandStream> demand)
    {
        if (!spec.Naive)
        {
            var builder = RoutingPolicy.Create().WithSafetyMargin(spec.SafetyMargin);
            foreach (var criterion in spec.Prefer)
            {
                builder.ThenBy(criterion);
            }

            if (spec.Providers is { } providers)
            {
                builder.AllowProviders([.. providers]);
            }

            _shared = new Router(network, builder.Build());
            return;
        }

        var byFacility = new Dictionary<int, Router>();
        foreach (var (destination, kind) in demand.Select(d => (d.Destination, d.Kind)).Distinct())
        {
            var nearest = Nearest(network, destination, kind, spec.Providers);
            if (nearest < 0)
            {
                continue; // the shared structural check reports it as unroutable
            }

            if (!byFacility.TryGetValue(nearest, out var router))
            {
                var others = Enumerable.Range(0, network.FacilityCount).Where(i => i != nearest).Select(i => network.Facility(i).Id).ToArray();
                // Horizon 1: the naive shop books its hub's day 0 only and holds the order otherwise (Core's
                // Route would otherwise look up to five working days ahead itself, and nothing would be "held").
                router = new Router(network, RoutingPolicy.Create().ExcludeFacilities(others).WithBatchHorizon(1).Build());
                byFacility[nearest] = router;
            }

            _nearest[(destination, kind)] = router;
        }

        // A stream whose nearest facility is missing (a provider filter left none) is unroutable, and says so.
        _none = new Router(network, RoutingPolicy.Create().ExcludeFacilities([.. Enumerable.Range(0, network.FacilityCount).Select(i => network.Facility(i).Id)]).Build());
    }

    /// <summary>The router that decides this order.</summary>
    public Router For(Order order) =>
        _shared ?? (_nearest.TryGetValue((order.Destination.Country, order.Items[0].Kind), out var router) ? router : _none!);

    /// <summary>The facility nearest the destination that makes the kind and ships there (-1 if none); ties go to the lower id.</summary>
    public static int Nearest(CompiledNetwork network, CountryCode destination, ProductKind kind, IReadOnlyList<string>? providers)
    {
        var hasPoint = EuropeanCountries.TryGetRepresentativePoint(destination, out var point);
        var best = -1;
        var bestKey = double.MaxValue;
        for (var i = 0; i < network.FacilityCount; i++)
        {
            var f = network.Facility(i);
            if (f.FindProduct(kind) is null || f.FindLane(destination) is not { } lane || (providers is not null && !providers.Contains(f.Provider)))
            {
                continue;
            }

            // Without a point for the destination, the fastest lane stands in for "nearest".
            var key = hasPoint ? f.Location.DistanceKmTo(point) : lane.TransitDays;
            if (key < bestKey || (key.Equals(bestKey) && string.CompareOrdinal(f.Id, network.Facility(best).Id) < 0))
            {
                best = i;
                bestKey = key;
            }
        }

        return best;
    }
}
