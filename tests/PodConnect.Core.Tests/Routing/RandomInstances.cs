using PodConnect.Domain;
using PodConnect.Routing;
using PodConnect.Sustainability;

namespace PodConnect.Core.Tests.Routing;

/// <summary>Seeded random networks and orders for the property tests: the same seed gives the same instance.</summary>
internal static class RandomInstances
{
    private static readonly (string Code, string Zone, double Lat, double Lon)[] Countries =
    [
        ("GB", "Europe/London", 52.5, -1.5), ("DE", "Europe/Berlin", 51.0, 10.0), ("FR", "Europe/Paris", 47.0, 2.0),
        ("ES", "Europe/Madrid", 40.0, -3.7), ("IT", "Europe/Rome", 43.0, 12.0), ("NL", "Europe/Amsterdam", 52.2, 5.3),
        ("IE", "Europe/Dublin", 53.3, -7.0), ("PL", "Europe/Warsaw", 52.0, 19.0),
    ];

    private static readonly string[] Providers = ["gelato", "printful", "prodigi", "printify"];

    public static readonly ProductKind[] Kinds = [ProductKind.TShirt, ProductKind.Hoodie, ProductKind.Mug, ProductKind.Poster, ProductKind.Canvas];

    public static FacilityNetwork Network(Random rng, int facilities, int maxCapacity = 50, double kindCapacityChance = 0)
    {
        var builder = FacilityNetwork.Create($"random-{facilities}");
        for (var i = 0; i < facilities; i++)
        {
            var c = Countries[rng.Next(Countries.Length)];
            var country = CountryCode.Parse(c.Code);
            builder.AddFacility($"f{i:D3}", Providers[rng.Next(Providers.Length)], country, new GeoPoint(c.Lat + rng.NextDouble(), c.Lon + rng.NextDouble()), c.Zone, f =>
            {
                var kinds = Kinds.Where(_ => rng.NextDouble() < 0.6).ToList();
                if (kinds.Count == 0)
                {
                    kinds.Add(Kinds[rng.Next(Kinds.Length)]);
                }

                foreach (var k in kinds)
                {
                    // Draw the per-kind cap only when asked, so other tests keep their instances.
                    var kindCap = kindCapacityChance > 0 && rng.NextDouble() < kindCapacityChance ? rng.Next(1, maxCapacity + 1) : (int?)null;
                    f.Makes(k, rng.Next(1, 5), rng.Next(500, 2000) / 100m, kindCap);
                }

                f.ShipsTo(country, rng.Next(1, 3), rng.Next(300, 600) / 100m);
                if (rng.NextDouble() < 0.8)
                {
                    f.ShipsToRestOfEurope(rng.Next(2, 6), rng.Next(600, 1200) / 100m);
                }

                f.WithCutOff(new TimeOnly(rng.Next(10, 17), 0))
                    .WithCollectionAt(new TimeOnly(rng.Next(17, 20), 0))
                    .WithDailyCapacity(rng.Next(1, maxCapacity + 1));
                if (rng.NextDouble() < 0.2)
                {
                    f.WorkingOn(DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday);
                }
            });
        }

        return builder.Build();
    }

    public static Order Order(Random rng, int id, DateTimeOffset around)
    {
        var dest = CountryCode.Parse(Countries[rng.Next(Countries.Length)].Code);
        var created = around.AddMinutes(rng.Next(0, 7 * 24 * 60));
        var lines = rng.NextDouble() < 0.75 ? 1 : rng.Next(2, 4);
        var items = Enumerable.Range(0, lines)
            .Select(j => new OrderItem($"sku{j}", Kinds[rng.Next(Kinds.Length)], rng.NextDouble() < 0.8 ? 1 : 2))
            .ToList();
        // Without a marketplace deadline the SLA's market rule applies; it has rules for GB, IE, ES, DE, FR, IT.
        var hasRule = dest.Value is "GB" or "IE" or "ES" or "DE" or "FR" or "IT";
        var deadline = !hasRule || rng.NextDouble() < 0.7 ? created.AddHours(rng.Next(4, 120)) : (DateTimeOffset?)null;
        return new Order($"o{id}", created, new Address(dest), items, deadline is null ? null : new OrderDeadlines(ReadyToShipBy: deadline));
    }

    /// <summary>A one-line, one-unit order created at <paramref name="now"/> with a TikTok deadline 6–59 hours later (the batch optimality tests' spikes).</summary>
    public static Order OneUnitOrder(Random rng, int id, DateTimeOffset now)
    {
        var countries = new[] { "GB", "DE", "FR", "ES", "IT", "NL", "IE", "PL" };
        var kind = Kinds[rng.Next(Kinds.Length)];
        return new Order(
            $"o{id}",
            now,
            new Address(CountryCode.Parse(countries[rng.Next(countries.Length)])),
            [new OrderItem("sku", kind, 1)],
            new OrderDeadlines(ReadyToShipBy: now.AddHours(rng.Next(6, 60))));
    }
}
