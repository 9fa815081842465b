using PodConnect.Domain;
using PodConnect.Routing;
using PodConnect.Sla;
using PodConnect.Sustainability;

namespace PodConnect.Benchmarks.Routing;

/// <summary>
/// Deterministic synthetic instances: a European network of N facilities (Gelato-scale at 130) and
/// spikes of orders. The same seed always gives the same instance, so runs are comparable.
/// </summary>
internal static class SyntheticNetwork
{
    private static readonly (string Code, string Zone, double Lat, double Lon, int Weight)[] Countries =
    [
        ("GB", "Europe/London", 52.5, -1.5, 14), ("DE", "Europe/Berlin", 51.0, 10.0, 14), ("FR", "Europe/Paris", 47.0, 2.0, 10),
        ("ES", "Europe/Madrid", 40.0, -3.7, 8), ("IT", "Europe/Rome", 43.0, 12.0, 8), ("NL", "Europe/Amsterdam", 52.2, 5.3, 6),
        ("IE", "Europe/Dublin", 53.3, -7.0, 4), ("PL", "Europe/Warsaw", 52.0, 19.0, 6), ("BE", "Europe/Brussels", 50.8, 4.4, 4),
        ("PT", "Europe/Lisbon", 39.5, -8.0, 3), ("AT", "Europe/Vienna", 47.6, 14.1, 3), ("SE", "Europe/Stockholm", 59.3, 18.0, 3),
        ("DK", "Europe/Copenhagen", 55.7, 12.5, 2), ("CZ", "Europe/Prague", 49.8, 15.5, 3), ("LV", "Europe/Riga", 56.9, 24.1, 2),
        ("FI", "Europe/Helsinki", 60.2, 24.9, 2),
    ];

    private static readonly string[] Providers = ["gelato", "printful", "prodigi", "printify"];

    private static readonly ProductKind[] Kinds =
    [
        ProductKind.TShirt, ProductKind.Hoodie, ProductKind.Sweatshirt, ProductKind.Mug, ProductKind.Poster, ProductKind.FramedPoster,
        ProductKind.Canvas, ProductKind.PhoneCase, ProductKind.Tote, ProductKind.Sticker, ProductKind.Cap,
    ];

    /// <summary>The markets orders come from, with TikTok Shop's UK/EU markets most frequent.</summary>
    private static readonly (string Code, int Weight)[] Markets = [("GB", 35), ("DE", 20), ("FR", 15), ("ES", 10), ("IT", 10), ("IE", 5), ("NL", 3), ("PL", 2)];

    private static readonly (ProductKind Kind, int Weight)[] Popular = [(ProductKind.TShirt, 50), (ProductKind.Hoodie, 20), (ProductKind.Mug, 15), (ProductKind.Poster, 15)];

    public static FacilityNetwork Network(int facilities, int seed = 130)
    {
        var rng = new Random(seed);
        var builder = FacilityNetwork.Create($"synthetic-{facilities}");
        for (var i = 0; i < facilities; i++)
        {
            // Every country gets a facility before any gets a second one, so small networks still cover Europe.
            var c = i < Countries.Length ? Countries[i] : Pick(rng, Countries, x => x.Weight);
            var country = CountryCode.Parse(c.Code);
            var provider = Providers[i % Providers.Length];
            builder.AddFacility($"{provider}-{c.Code.ToLowerInvariant()}-{i:D4}", provider, country, new GeoPoint(c.Lat + rng.NextDouble() - 0.5, c.Lon + rng.NextDouble() - 0.5), c.Zone, f =>
            {
                // Popular apparel almost everywhere; the rest of the catalogue in some places.
                foreach (var kind in Kinds)
                {
                    var common = kind == ProductKind.TShirt || kind == ProductKind.Hoodie || kind == ProductKind.Mug || kind == ProductKind.Poster;
                    var always = i < Countries.Length && kind == ProductKind.TShirt;
                    if (always || rng.NextDouble() < (common ? 0.9 : 0.4))
                    {
                        f.Makes(kind, rng.Next(1, 4), rng.Next(600, 2500) / 100m);
                    }
                }

                var crossBorder = c.Code == "GB" ? rng.Next(4, 6) : rng.Next(2, 5);
                f.ShipsTo(country, rng.Next(1, 3), rng.Next(350, 550) / 100m)
                    .ShipsToRestOfEurope(crossBorder, rng.Next(650, 1100) / 100m)
                    .WithCutOff(new TimeOnly(rng.Next(12, 16), 0))
                    .WithCollectionAt(new TimeOnly(rng.Next(16, 19), 0))
                    .WithDailyCapacity(rng.Next(300, 1500));
            });
        }

        return builder.Build();
    }

    /// <summary>Single-line, one-unit orders from the TikTok markets, created at random minutes of 2026, with TikTok-style deadlines.</summary>
    public static Order[] Orders(int count, int seed, DateTimeOffset from, TimeSpan spread, TimeSpan? readyToShipAfter = null)
    {
        var rng = new Random(seed);
        var orders = new Order[count];
        for (var i = 0; i < count; i++)
        {
            var market = CountryCode.Parse(Pick(rng, Markets, m => m.Weight).Code);
            var created = from.AddMinutes(rng.NextDouble() * spread.TotalMinutes);
            var kind = Pick(rng, Popular, p => p.Weight).Kind;
            var deadline = readyToShipAfter is { } after
                ? created + after
                : DispatchSla.Default.Markets.Contains(market) ? DispatchSla.Default.Compute(market, created) : created.AddDays(2);
            orders[i] = new Order($"o{i}", created, new Address(market), [new OrderItem("sku", kind, 1)], new OrderDeadlines(ReadyToShipBy: deadline));
        }

        return orders;
    }

    private static T Pick<T>(Random rng, T[] items, Func<T, int> weight)
    {
        var total = items.Sum(weight);
        var roll = rng.Next(total);
        foreach (var item in items)
        {
            roll -= weight(item);
            if (roll < 0)
            {
                return item;
            }
        }

        return items[^1];
    }
}
