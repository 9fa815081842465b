using System.Globalization;

namespace PodConnect.Cli.Demo;

/// <summary>
/// Draws the viral spike from the seed: a video posted on a Tuesday evening (UK time) sends a burst of
/// orders whose rate decays exponentially (mean gap from the start: 90 minutes; none after 8 hours), to
/// buyers and products drawn by <see cref="DemoShop"/>'s weights; 2% of orders slip a working day in production.
/// </summary>
internal static class DemoSpike
{
    /// <summary>When the video goes viral: Tuesday 10 November 2026, 19:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 10, 19, 0, 0, TimeSpan.Zero);

    /// <summary>Share of orders whose production slips one working day.</summary>
    public const double SlipProbability = 0.02;

    private static readonly TimeSpan MeanArrival = TimeSpan.FromMinutes(90);
    private static readonly TimeSpan LastArrival = TimeSpan.FromHours(8);

    public static IReadOnlyList<DemoOrder> Draw(int orders, int seed)
    {
        var random = new Random(seed);
        var result = new DemoOrder[orders];
        for (var i = 0; i < orders; i++)
        {
            var offset = TimeSpan.FromTicks((long)(-Math.Log(1 - random.NextDouble()) * MeanArrival.Ticks));
            var at = Start + (offset < LastArrival ? offset : TimeSpan.FromTicks((long)(random.NextDouble() * LastArrival.Ticks)));
            var place = Pick(DemoShop.Places, p => p.Weight, random);
            var product = Pick(DemoShop.Products, p => p.Weight, random);
            var quantity = random.Next(10) == 0 ? 2 : 1;
            var id = (578_100_000_000_000_000L + ((long)seed % 1000 * 1_000_000) + i).ToString(CultureInfo.InvariantCulture);
            result[i] = new DemoOrder(id, TruncateToSeconds(at), place, product, quantity, random.NextDouble() < SlipProbability);
        }

        Array.Sort(result, (a, b) => a.PlacedAt.CompareTo(b.PlacedAt));
        return result;
    }

    // TikTok's times are Unix seconds.
    private static DateTimeOffset TruncateToSeconds(DateTimeOffset at) => DateTimeOffset.FromUnixTimeSeconds(at.ToUnixTimeSeconds());

    private static T Pick<T>(IReadOnlyList<T> items, Func<T, int> weight, Random random)
    {
        var total = items.Sum(weight);
        var draw = random.Next(total);
        foreach (var item in items)
        {
            draw -= weight(item);
            if (draw < 0)
            {
                return item;
            }
        }

        return items[^1];
    }
}
