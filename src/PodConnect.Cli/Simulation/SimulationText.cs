using System.Globalization;

namespace PodConnect.Cli.Simulation;

/// <summary>The human summary of a simulation: one line per policy, then where the load went.</summary>
internal static class SimulationText
{
    public static async Task WriteAsync(TextWriter o, SimulationResult result)
    {
        var inv = CultureInfo.InvariantCulture;
        var s = result.Scenario;
        await o.WriteLineAsync(string.Create(inv, $"{s.Name}: {result.Orders:N0} orders over {s.HorizonDays} days from {s.Start:yyyy-MM-dd}, network {s.NetworkLabel}, seed {s.Seed}"));
        if (s.Spike is { } spike)
        {
            await o.WriteLineAsync(string.Create(inv, $"Spike: {spike.PeakMultiplier:0.#}x at {spike.Start.UtcDateTime:yyyy-MM-dd HH:mm} UTC, ramp {spike.RampHours:0.#} h, half-life {spike.HalfLifeHours:0.#} h"));
        }

        await o.WriteLineAsync();
        var width = Math.Max(12, result.Policies.Max(p => p.Policy.Name.Length) + 1);
        await o.WriteLineAsync($"{"POLICY".PadRight(width)} {"LATE",7} {"LDR END",8} {"LDR PEAK",9} {"LOCAL",6} {"COST/ORDER",11} {"CO2e/ORDER",11} {"HELD",6} {"UNPLACED",8}");
        foreach (var p in result.Policies)
        {
            await o.WriteLineAsync(string.Create(inv, $"{p.Policy.Name.PadRight(width)} {p.Late,7:N0} {P(p.Final.Rate),8} {P(p.Peak.Rate),9} {P(p.LocalShare, 0),6} {p.CostPerOrder,7:0.00} {s.Network.Currency} {p.Co2ePerOrderKg,8:0.000} kg {p.Held,6:N0} {p.Unplaced,8:N0}"));
        }

        await o.WriteLineAsync();
        var threshold = P(s.Threshold, 1);
        foreach (var p in result.Policies)
        {
            var verdict = p.ExceedsThreshold
                ? string.Create(inv, $"ABOVE the {threshold} threshold, peak {P(p.Peak.Rate)} on {p.Peak.At:yyyy-MM-dd HH:mm}Z")
                : $"stays at or under the {threshold} threshold";
            var busiest = p.Facilities.MaxBy(f => f.MeanUtilisation)!;
            await o.WriteLineAsync(string.Create(inv, $"  {p.Policy.Name}: {verdict}; busiest {busiest.Id} (mean {P(busiest.MeanUtilisation, 0)}, last production {busiest.LastProductionDay:yyyy-MM-dd})"));
        }

        await o.WriteLineAsync();
        await o.WriteLineAsync(string.Create(inv, $"LDR at the end of each day (▁ 0, ▅ the {threshold} threshold, █ {P(s.Threshold * 2, 1)} or more):"));
        foreach (var p in result.Policies)
        {
            await o.WriteLineAsync($"  {p.Policy.Name.PadRight(width)} {Sparkline(p, s.Threshold)}");
        }

        await o.WriteLineAsync();
        await o.WriteLineAsync($"Best: {result.Best.Policy.Name}. Simulated in {result.Elapsed.TotalSeconds.ToString("0.0", inv)} s.");
    }

    /// <summary>One character per day: the LDR at midnight (UTC) on eight levels up to twice the threshold.</summary>
    private static string Sparkline(PolicyResult policy, double threshold)
    {
        const string Levels = "▁▂▃▄▅▆▇█";
        var days = policy.LdrOverTime.Where(p => p.At.UtcDateTime.TimeOfDay == TimeSpan.Zero);
        return string.Concat(days.Select(p => Levels[Math.Min(Levels.Length - 1, (int)(p.Rate / (2 * threshold) * Levels.Length))]));
    }

    private static string P(double fraction, int decimals = 2) =>
        (fraction * 100).ToString(decimals == 0 ? "0" : decimals == 1 ? "0.#" : "0.00", CultureInfo.InvariantCulture) + "%";
}
