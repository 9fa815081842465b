using PodConnect.Domain;
using PodConnect.Routing;

namespace PodConnect.Sustainability;

/// <summary>One leg of a parcel's journey: mode, distance, the factor used and where it comes from.</summary>
/// <param name="Leg">"line-haul" (facility → buyer's region) or "last mile".</param>
/// <param name="Mode">Transport mode.</param>
/// <param name="DistanceKm">Distance counted: great-circle × detour factor for surface legs, great-circle for air.</param>
/// <param name="KgCo2ePerTonneKm">The well-to-wheel factor used.</param>
/// <param name="FactorSource">Where the factor comes from (<see cref="EmissionFactors.SourceOf"/>).</param>
/// <param name="Co2eKg">The leg's kg CO2e for the parcel.</param>
public sealed record EmissionLeg(string Leg, TransportMode Mode, double DistanceKm, double KgCo2ePerTonneKm, string FactorSource, double Co2eKg);

/// <summary>The CO2e of one routed shipment, leg by leg.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="FacilityId">Where it is produced.</param>
/// <param name="ProductionCountry">Country of production.</param>
/// <param name="BuyerCountry">Country of the buyer.</param>
/// <param name="ToBuyersRegion">Whether the distance runs to the buyer's region (else to the country's capital).</param>
/// <param name="WeightKg">Parcel weight used (<see cref="ParcelWeights"/>).</param>
/// <param name="Legs">The legs.</param>
public sealed record ShipmentEmissions(
    string OrderId,
    string FacilityId,
    CountryCode ProductionCountry,
    CountryCode BuyerCountry,
    bool ToBuyersRegion,
    double WeightKg,
    IReadOnlyList<EmissionLeg> Legs)
{
    /// <summary>Whether it is produced in the buyer's country.</summary>
    public bool ProducedInBuyersCountry => ProductionCountry == BuyerCountry;

    /// <summary>kg CO2e over the legs.</summary>
    public double Co2eKg => Legs.Sum(l => l.Co2eKg);
}

/// <summary>
/// Transport CO2e of routed orders by the method of ISO 14083 / the GLEC Framework (activity-based:
/// mass × distance × a well-to-wheel factor per mode, leg by leg), with the factor set named, and what a
/// shop can claim: the share of parcels produced in the buyer's country, and the CO2e against
/// producing everything in one central hub. Build it with <see cref="Create"/>.
/// </summary>
/// <remarks>
/// Under the EU's CountEmissionsEU regulation, anyone who discloses transport emissions must use
/// EN ISO 14083; this report follows its structure (legs, modes, distance adjustment, WTW factors) but
/// is not a certified calculation: the default factors are DEFRA 2025 read from a third-party copy,
/// parcel weights are estimates, the last mile is a fixed van distance, air legs use the great-circle
/// distance without GLEC's +95 km adjustment (unconfirmed), and production is out of scope.
/// </remarks>
public sealed class EmissionsReport
{
    private EmissionsReport(IReadOnlyList<ShipmentEmissions> shipments, string factorSet, string method, string? centralHub, double? centralHubCo2eKg)
    {
        Shipments = shipments;
        FactorSet = factorSet;
        Method = method;
        CentralHubId = centralHub;
        CentralHubCo2eKg = centralHubCo2eKg;
    }

    /// <summary>Every routed shipment.</summary>
    public IReadOnlyList<ShipmentEmissions> Shipments { get; }

    /// <summary>The factor set and its source (<see cref="EmissionFactors.Name"/>).</summary>
    public string FactorSet { get; }

    /// <summary>How the figures are computed, in words.</summary>
    public string Method { get; }

    /// <summary>Total kg CO2e of the routed shipments.</summary>
    public double TotalCo2eKg => Shipments.Sum(s => s.Co2eKg);

    /// <summary>Share of shipments produced in the buyer's country (0–1; 0 when there are none).</summary>
    public double ShareProducedInBuyersCountry => Shipments.Count == 0 ? 0 : (double)Shipments.Count(s => s.ProducedInBuyersCountry) / Shipments.Count;

    /// <summary>The central hub compared against, if one was named.</summary>
    public string? CentralHubId { get; }

    /// <summary>kg CO2e had every shipment gone from the central hub (its lanes' modes; road where it has no lane).</summary>
    public double? CentralHubCo2eKg { get; }

    /// <summary>kg CO2e saved against the central hub (negative when routing emits more).</summary>
    public double? SavedAgainstCentralHubKg => CentralHubCo2eKg - TotalCo2eKg;

    /// <summary>
    /// Computes the report for routed orders. Unroutable decisions are skipped; a buyer whose country has
    /// no known point is skipped too (say so where you show the figure).
    /// </summary>
    /// <param name="network">The compiled network the decisions come from.</param>
    /// <param name="routed">Orders and their decisions.</param>
    /// <param name="centralHubFacilityId">A facility to compare against ("everything from one hub"), or <c>null</c>.</param>
    /// <exception cref="ArgumentException">The central hub is not in the network.</exception>
    public static EmissionsReport Create(CompiledNetwork network, IEnumerable<(Order Order, RoutingDecision Decision)> routed, string? centralHubFacilityId = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(routed);
        Facility? hub = null;
        if (centralHubFacilityId is not null)
        {
            var i = network.IndexOf(centralHubFacilityId);
            hub = i >= 0 ? network.Facility(i) : throw new ArgumentException($"Facility '{centralHubFacilityId}' is not in network '{network.Source.Name}'.", nameof(centralHubFacilityId));
        }

        var estimator = network.Co2e;
        var shipments = new List<ShipmentEmissions>();
        double? central = hub is null ? null : 0;
        foreach (var (order, decision) in routed)
        {
            if (!decision.IsRouted || !BuyerRegions.TryGetPoint(order.Destination, out var buyer, out var regional))
            {
                continue;
            }

            foreach (var s in decision.Shipments)
            {
                var kg = WeightOf(network, order, s.ItemIndexes);
                var mode = s.Lane?.Mode ?? TransportMode.Road;
                shipments.Add(new ShipmentEmissions(order.Id, s.Facility.Id, s.ProductionCountry, order.Destination.Country, regional, kg, Legs(estimator, s.Facility.Location, buyer, mode, kg)));
                if (hub is not null)
                {
                    var hubMode = hub.FindLane(order.Destination.Country)?.Mode ?? TransportMode.Road;
                    central += Legs(estimator, hub.Location, buyer, hubMode, kg).Sum(l => l.Co2eKg);
                }
            }
        }

        var method = string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"ISO 14083 / GLEC activity-based, well-to-wheel: parcel mass × distance × factor per leg; surface distance = great-circle × {estimator.DetourFactor:0.##} (distance adjustment), air = great-circle; line-haul from the facility to the buyer's region (ISO 3166-2) or, where unknown, the country's capital; last mile {estimator.LastMileKm:0.#} km by van; production not included.");
        return new EmissionsReport(shipments, estimator.Factors.Name, method, hub?.Id, central);
    }

    private static List<EmissionLeg> Legs(Co2eEstimator estimator, GeoPoint from, GeoPoint to, TransportMode mode, double kg)
    {
        var greatCircle = GreatCircle.DistanceKm(from, to);
        var km = mode is TransportMode.AirShortHaul or TransportMode.AirLongHaul ? greatCircle : greatCircle * estimator.DetourFactor;
        var factors = estimator.Factors;
        var lineHaul = factors.KgPerTonneKm(mode);
        var van = factors.KgPerTonneKm(TransportMode.Van);
        return
        [
            new EmissionLeg("line-haul", mode, km, lineHaul, factors.SourceOf(mode), kg / 1000.0 * km * lineHaul),
            new EmissionLeg("last mile", TransportMode.Van, estimator.LastMileKm, van, factors.SourceOf(TransportMode.Van), kg / 1000.0 * estimator.LastMileKm * van),
        ];
    }

    private static double WeightOf(CompiledNetwork network, Order order, IReadOnlyList<int>? items)
    {
        double kg = 0;
        for (var i = 0; i < order.Items.Count; i++)
        {
            if (items is null || items.Contains(i))
            {
                kg += network.Weights.KilogramsPerUnit(order.Items[i].Kind) * order.Items[i].Quantity;
            }
        }

        return kg;
    }
}
