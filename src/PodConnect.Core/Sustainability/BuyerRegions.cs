using PodConnect.Domain;
using PodConnect.Routing;

namespace PodConnect.Sustainability;

/// <summary>
/// Where a buyer is, as far as an order says: a representative point of its ISO 3166-2 region
/// (<see cref="Address.Subdivision"/>) where known, else the country's representative point (its
/// capital, <see cref="EuropeanCountries.TryGetRepresentativePoint"/>). Distances for CO2e then run
/// from the facility to the buyer's region rather than to the capital.
/// </summary>
/// <remarks>
/// The points are approximate geographic centres of the regions (hand-entered, within about 30 km;
/// good enough for a distance of hundreds of kilometres), for the markets where TikTok Shop sells and
/// a region changes the distance most: the United Kingdom's nations, Germany's states, France's
/// regions (2016), Spain's autonomous communities and cities, and Italy's regions. Other regions fall
/// back to the country's point.
/// </remarks>
public static class BuyerRegions
{
    private static readonly Dictionary<string, GeoPoint> Points = Build();

    /// <summary>The representative point of a region, when the table has it.</summary>
    public static bool TryGetPoint(SubdivisionCode region, out GeoPoint point)
    {
        point = default;
        return !region.IsDefault && Points.TryGetValue(region.Value, out point);
    }

    /// <summary>The buyer's point for an address: its region's, else its country's; <c>false</c> when neither is known.</summary>
    public static bool TryGetPoint(Address address, out GeoPoint point, out bool regional)
    {
        ArgumentNullException.ThrowIfNull(address);
        regional = address.Subdivision is { } s && TryGetPoint(s, out point);
        if (regional)
        {
            point = Points[address.Subdivision!.Value.Value];
            return true;
        }

        return EuropeanCountries.TryGetRepresentativePoint(address.Country, out point);
    }

    private static Dictionary<string, GeoPoint> Build()
    {
        (string Code, double Lat, double Lon)[] rows =
        [
            ("GB-ENG", 52.56, -1.46), ("GB-SCT", 56.49, -4.20), ("GB-WLS", 52.33, -3.77), ("GB-NIR", 54.61, -6.69),
            ("DE-BW", 48.54, 9.04), ("DE-BY", 48.95, 11.40), ("DE-BE", 52.52, 13.40), ("DE-BB", 52.41, 13.07), ("DE-HB", 53.08, 8.80),
            ("DE-HH", 53.55, 10.00), ("DE-HE", 50.61, 9.03), ("DE-MV", 53.90, 12.43), ("DE-NI", 52.64, 9.85), ("DE-NW", 51.48, 7.55),
            ("DE-RP", 49.91, 7.45), ("DE-SL", 49.38, 6.95), ("DE-SN", 51.03, 13.36), ("DE-ST", 51.95, 11.69), ("DE-SH", 54.22, 9.70),
            ("DE-TH", 50.90, 11.03),
            ("FR-ARA", 45.45, 4.39), ("FR-BFC", 47.24, 4.81), ("FR-BRE", 48.18, -2.84), ("FR-CVL", 47.48, 1.73), ("FR-COR", 42.15, 9.10),
            ("FR-GES", 48.70, 5.95), ("FR-HDF", 49.97, 2.78), ("FR-IDF", 48.71, 2.50), ("FR-NOR", 49.12, 0.11), ("FR-NAQ", 45.19, 0.20),
            ("FR-OCC", 43.70, 2.14), ("FR-PDL", 47.47, -0.82), ("FR-PAC", 43.95, 6.06),
            ("ES-AN", 37.46, -4.58), ("ES-AR", 41.52, -0.66), ("ES-AS", 43.29, -5.99), ("ES-IB", 39.57, 2.91), ("ES-CN", 28.29, -15.63),
            ("ES-CB", 43.20, -4.03), ("ES-CL", 41.75, -4.78), ("ES-CM", 39.58, -3.00), ("ES-CT", 41.80, 1.53), ("ES-EX", 39.19, -6.15),
            ("ES-GA", 42.76, -7.87), ("ES-MD", 40.42, -3.70), ("ES-MC", 38.00, -1.49), ("ES-NC", 42.67, -1.65), ("ES-PV", 43.04, -2.62),
            ("ES-RI", 42.28, -2.52), ("ES-VC", 39.40, -0.55), ("ES-CE", 35.89, -5.32), ("ES-ML", 35.29, -2.94),
            ("IT-21", 45.05, 7.92), ("IT-23", 45.74, 7.32), ("IT-25", 45.62, 9.77), ("IT-32", 46.43, 11.17), ("IT-34", 45.65, 11.85),
            ("IT-36", 46.15, 13.06), ("IT-42", 44.26, 8.70), ("IT-45", 44.53, 11.03), ("IT-52", 43.45, 11.13), ("IT-55", 42.97, 12.49),
            ("IT-57", 43.35, 13.14), ("IT-62", 41.98, 12.77), ("IT-65", 42.23, 13.85), ("IT-67", 41.68, 14.60), ("IT-72", 40.86, 14.84),
            ("IT-75", 41.01, 16.51), ("IT-77", 40.64, 15.97), ("IT-78", 39.07, 16.35), ("IT-82", 37.59, 14.14), ("IT-88", 40.09, 9.03),
        ];
        return rows.ToDictionary(r => r.Code, r => new GeoPoint(r.Lat, r.Lon), StringComparer.Ordinal);
    }
}
