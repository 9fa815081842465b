using System.Globalization;
using System.Text;
using PodConnect.Domain;
using PodConnect.Routing;
using PodConnect.Sla;

namespace PodConnect.Core.Tests.Routing.Golden;

/// <summary>
/// Thousands of seeded single orders over the built-in network and random ones, under every delivery
/// rule, with and without stated deadlines, at random minutes and at exact cut-off and midnight
/// instants across 2026 (DST days included), each decision written as one line with every member a
/// user reads. The golden file holds these lines as the router before the speed work of issue 12
/// decided them; any change of decision shows up as a changed line. Plain public API only, so the
/// same file compiles against an older PodConnect.Core to regenerate the golden lines.
/// </summary>
internal static class RoutingGoldenCases
{
    public const int OrdersPerCase = 250;

    private static readonly string[] Markets = ["GB", "DE", "FR", "ES", "IT", "IE", "NL", "PL"];

    private static readonly ProductKind[] Kinds = [ProductKind.TShirt, ProductKind.Hoodie, ProductKind.Mug, ProductKind.Poster, ProductKind.Canvas];

    /// <summary>Every decision as a line, in a fixed order.</summary>
    public static IEnumerable<string> Lines(Func<int, FacilityNetwork> randomNetwork)
    {
        var networks = new (string Name, FacilityNetwork Network)[]
        {
            ("built-in", FacilityNetwork.BuiltInEurope),
            ("random-12", randomNetwork(12)),
            ("random-40", randomNetwork(40)),
        };
        var policies = new (string Name, RoutingPolicy Policy)[]
        {
            ("default", RoutingPolicy.Default),
            ("rank-behind", RoutingPolicy.Create().PreferLocal().ThenBy(RoutingCriterion.Cost).ThenBy(RoutingCriterion.Co2e).WithDeliveryDeadline(DeliveryDeadlineRule.RankBehind).Build()),
            ("ignore", RoutingPolicy.Create().PreferLocal().ThenBy(RoutingCriterion.Cost).ThenBy(RoutingCriterion.Co2e).WithDeliveryDeadline(DeliveryDeadlineRule.Ignore).Build()),
            ("cost-margin", RoutingPolicy.Create().Prefer(RoutingCriterion.Cost).WithSafetyMargin(TimeSpan.FromHours(3)).Build()),
            ("speed", RoutingPolicy.Create().PreferLocal().ThenBy(RoutingCriterion.Speed).Build()),
        };
        var seed = 0;
        foreach (var (networkName, network) in networks)
        {
            var compiled = network.Compile();
            foreach (var (policyName, policy) in policies)
            {
                var router = new Router(compiled, policy);
                var rng = new Random(1000 + seed++);
                for (var i = 0; i < OrdersPerCase; i++)
                {
                    var order = Order(rng, i);
                    yield return $"{networkName}|{policyName}|{order.Id}|{Describe(order)}|{Describe(router.Route(order, order.CreatedAt))}";
                }
            }
        }
    }

    private static Order Order(Random rng, int i)
    {
        var market = CountryCode.Parse(Markets[rng.Next(Markets.Length)]);

        // A random minute of 2026, or an exact hour (cut-offs, midnights and the DST changes fall on those).
        var created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(rng.Next(0, 365 * 24 * 60));
        if (rng.NextDouble() < 0.3)
        {
            created = new DateTimeOffset(created.Year, created.Month, created.Day, rng.Next(0, 24), 0, 0, TimeSpan.Zero);
        }

        var hasRule = DispatchSla.Default.TryGetRule(market, out _);
        var roll = rng.NextDouble();
        DateTimeOffset? readyBy = !hasRule || roll < 0.5 ? created.AddHours(rng.Next(1, 100)) : null;
        DateTimeOffset? deliverBy = rng.NextDouble() < 0.25 ? created.AddHours(rng.Next(24, 240)) : null;
        var lines = rng.NextDouble() < 0.8 ? 1 : rng.Next(2, 4);
        var items = Enumerable.Range(0, lines)
            .Select(j => new OrderItem($"sku{j}", Kinds[rng.Next(Kinds.Length)], rng.NextDouble() < 0.85 ? 1 : 2))
            .ToList();
        var deadlines = readyBy is null && deliverBy is null ? null : new OrderDeadlines(ReadyToShipBy: readyBy, DeliverBy: deliverBy);
        return new Order($"o{i}", created, new Address(market), items, deadlines);
    }

    private static string Describe(Order o) =>
        string.Create(CultureInfo.InvariantCulture, $"{o.Market} {o.CreatedAt:O} rts={o.Deadlines.ReadyToShipBy:O} dlv={o.Deadlines.DeliverBy:O} {string.Join(",", o.Items.Select(i => $"{i.Kind}x{i.Quantity}"))}");

    /// <summary>Every member of a decision a user reads, in one line.</summary>
    public static string Describe(RoutingDecision d)
    {
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        sb.Append(c, $"{d.Outcome} misses={d.Misses} deadline={d.Deadline:O} deliverBy={d.DeliveryDeadline:O}");
        if (d.IsRouted)
        {
            sb.Append(c, $" {d.FacilityId} start={d.Primary.Value.ProductionStart:yyyy-MM-dd} dispatch={d.PredictedDispatch:O} delivery={d.PredictedDelivery:yyyy-MM-dd} slack={d.Slack} cost={d.Cost} co2={d.Co2eKg:R} local={d.IsLocal} split={d.IsSplit}");
            foreach (var s in d.Shipments)
            {
                sb.Append(c, $" [{s.Facility.Id} {s.ProductionStart:yyyy-MM-dd} {s.PredictedDispatch:O} {s.PredictedDelivery:yyyy-MM-dd} {s.Cost} {s.Co2eKg:R} {(s.ItemIndexes is null ? "all" : string.Join(",", s.ItemIndexes))}]");
            }
        }

        sb.Append(c, $" problem={d.Problem}");
        return sb.ToString();
    }
}
