using PodConnect.Domain;

namespace PodConnect.Cli.Simulation;

/// <summary>One simulated order: one unit of one product kind, and how many working days its production will slip.</summary>
internal sealed record SimulatedOrder(Order Order, int SlipDays);

/// <summary>
/// The orders of a scenario, drawn once from its seed so that every policy sees the same buyers at the
/// same instants with the same production slips (a fair comparison). Arrivals are Poisson per hour and
/// stream, at the base rate times the spike's multiplier; each order's instant is uniform in its hour.
/// </summary>
internal static class OrderStream
{
    public static IReadOnlyList<SimulatedOrder> Generate(Scenario scenario)
    {
        // A seeded System.Random gives the same sequence on every run and machine of a .NET version.
#pragma warning disable CA5394 // not for security: a reproducible simulation needs a seeded generator
        var random = new Random(scenario.Seed);
        var arrivals = new List<(long UtcTicks, int Stream, int Slip)>();
        var hours = scenario.HorizonDays * 24;
        var addresses = scenario.Demand.Select(d => d.Destination).Distinct().ToDictionary(c => c, c => new Address(c));
        for (var h = 0; h < hours; h++)
        {
            var hourStart = scenario.Start.AddHours(h);
            var middle = hourStart.AddMinutes(30);
            for (var s = 0; s < scenario.Demand.Count; s++)
            {
                var stream = scenario.Demand[s];
                var rate = stream.OrdersPerDay / 24 * (scenario.Spike?.MultiplierAt(middle, stream.Destination) ?? 1);
                var count = Poisson(random, rate);
                for (var n = 0; n < count; n++)
                {
                    var at = hourStart.UtcTicks + (long)(random.NextDouble() * TimeSpan.TicksPerHour);
                    var slip = random.NextDouble() < scenario.Noise.SlipProbability ? random.Next(1, scenario.Noise.MaxSlipDays + 1) : 0;
                    arrivals.Add((at, s, slip));
                }
            }
        }
#pragma warning restore CA5394

        // Ids in arrival order, so "sim-0000001" is the first buyer.
        arrivals.Sort();
        var items = scenario.Demand.Select(d => (IReadOnlyList<OrderItem>)[new OrderItem(d.Kind.Value, d.Kind, 1)]).ToArray();
        var orders = new SimulatedOrder[arrivals.Count];
        for (var i = 0; i < orders.Length; i++)
        {
            var (ticks, s, slip) = arrivals[i];
            var at = new DateTimeOffset(ticks, TimeSpan.Zero);
            orders[i] = new SimulatedOrder(new Order($"sim-{i + 1:D7}", at, addresses[scenario.Demand[s].Destination], items[s]), slip);
        }

        return orders;
    }

    /// <summary>A Poisson draw: Knuth's product method for small rates, a rounded normal approximation for large ones.</summary>
    private static int Poisson(Random random, double rate)
    {
#pragma warning disable CA5394
        if (rate <= 0)
        {
            return 0;
        }

        if (rate > 50)
        {
            var u1 = 1 - random.NextDouble();
            var u2 = random.NextDouble();
            var normal = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            return Math.Max(0, (int)Math.Round(rate + (Math.Sqrt(rate) * normal)));
        }

        var limit = Math.Exp(-rate);
        var product = random.NextDouble();
        var k = 0;
        while (product > limit)
        {
            k++;
            product *= random.NextDouble();
        }

        return k;
#pragma warning restore CA5394
    }
}
