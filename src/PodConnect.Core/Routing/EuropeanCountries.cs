using PodConnect.Domain;
using PodConnect.Sustainability;

namespace PodConnect.Routing;

/// <summary>
/// The countries a rest-of-Europe lane covers (EU 27, the United Kingdom, EFTA) and a representative
/// point per destination country for distance and CO2e estimates.
/// </summary>
/// <remarks>
/// Orders carry no coordinates, so the distance to a buyer is estimated to the capital city of the
/// destination country. This overstates domestic distances in large countries and understates them in
/// small ones; it is good enough to compare production options, not to report emissions.
/// </remarks>
public static class EuropeanCountries
{
    /// <summary>How a rest-of-Europe lane is written in network JSON.</summary>
    public const string RestOfEuropeName = "europe";

    private static readonly Dictionary<CountryCode, GeoPoint> Capitals = BuildCapitals();

    /// <summary>Every country a rest-of-Europe lane applies to, in code order.</summary>
    public static IReadOnlyList<CountryCode> All { get; } =
    [
        .. "AT BE BG CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK"
            .Split(' ').Select(CountryCode.Parse),
    ];

    /// <summary>Whether a rest-of-Europe lane applies to a country.</summary>
    public static bool Contains(CountryCode country) => All.Contains(country);

    /// <summary>The representative point used for distances to buyers in a country, if known.</summary>
    public static bool TryGetRepresentativePoint(CountryCode country, out GeoPoint point) => Capitals.TryGetValue(country, out point);

    private static Dictionary<CountryCode, GeoPoint> BuildCapitals()
    {
        (string Code, double Lat, double Lon)[] rows =
        [
            ("AT", 48.21, 16.37), ("BE", 50.85, 4.35), ("BG", 42.70, 23.32), ("CH", 46.95, 7.45), ("CY", 35.17, 33.36),
            ("CZ", 50.08, 14.44), ("DE", 52.52, 13.40), ("DK", 55.68, 12.57), ("EE", 59.44, 24.75), ("ES", 40.42, -3.70),
            ("FI", 60.17, 24.94), ("FR", 48.86, 2.35), ("GB", 51.51, -0.13), ("GR", 37.98, 23.73), ("HR", 45.81, 15.98),
            ("HU", 47.50, 19.04), ("IE", 53.35, -6.26), ("IS", 64.15, -21.94), ("IT", 41.90, 12.50), ("LI", 47.14, 9.52),
            ("LT", 54.69, 25.28), ("LU", 49.61, 6.13), ("LV", 56.95, 24.11), ("MT", 35.90, 14.51), ("NL", 52.37, 4.90),
            ("NO", 59.91, 10.75), ("PL", 52.23, 21.01), ("PT", 38.72, -9.14), ("RO", 44.43, 26.10), ("SE", 59.33, 18.07),
            ("SI", 46.06, 14.51), ("SK", 48.15, 17.11),

            // Outside Europe, for explicit lanes: the capital, or the geographic centre for the US.
            ("US", 39.83, -98.58), ("CA", 45.42, -75.70), ("AU", -35.28, 149.13), ("MX", 19.43, -99.13),
        ];
        return rows.ToDictionary(r => CountryCode.Parse(r.Code), r => new GeoPoint(r.Lat, r.Lon));
    }
}
