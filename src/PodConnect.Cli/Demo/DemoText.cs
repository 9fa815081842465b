using System.Globalization;

namespace PodConnect.Cli.Demo;

/// <summary>The demo's summary for people.</summary>
internal static class DemoText
{
    public static async Task WriteAsync(TextWriter o, DemoResult r)
    {
        var inv = CultureInfo.InvariantCulture;
        var n = r.Settings.Orders;
        await o.WriteLineAsync(string.Create(inv, $"A viral spike of {n:N0} TikTok Shop orders (seed {r.Settings.Seed}{(r.Settings.FaultRate > 0 ? $", {Percent(r.Settings.FaultRate)} of HTTP calls failing" : string.Empty)}), fulfilled by PodConnect's loop on fakes"));
        await o.WriteLineAsync(string.Create(inv, $"Simulated {r.SimulatedStart:ddd dd MMM HH:mm} to {r.SimulatedEnd:ddd dd MMM HH:mm} UTC, {r.Passes:N0} passes, {r.ElapsedSeconds:0.0} s"));
        await o.WriteLineAsync(string.Create(inv, $"Buyers:     {string.Join("  ", r.Buyers.Select(b => $"{b.Key} {b.Value}"))}"));
        await o.WriteLineAsync();
        await o.WriteLineAsync(string.Create(inv, $"Shipped     {r.Shipped,6:N0}  ({Share(r.Shipped, n)})"));
        await o.WriteLineAsync(string.Create(inv, $"Surfaced    {r.Surfaced.Count,6:N0}{Reasons(r)}"));
        await o.WriteLineAsync(string.Create(inv, $"Lost        {r.Lost.Count,6:N0}"));
        await o.WriteLineAsync(string.Create(inv, $"Duplicated  {r.Duplicated.Count,6:N0}  (orders with more than one provider order)"));
        await o.WriteLineAsync();
        await o.WriteLineAsync("Produced by provider and country:");
        foreach (var p in r.Production)
        {
            await o.WriteLineAsync(string.Create(inv, $"  {p.Provider,-9} {p.Country}  {p.Orders,6:N0}  {Share(p.Orders, r.Shipped)}"));
        }

        await o.WriteLineAsync(string.Create(inv, $"Produced in the buyer's country: {Percent(r.LocalShare)}"));
        await o.WriteLineAsync();
        await o.WriteLineAsync(string.Create(inv, $"Late dispatches {r.Late:N0} of {r.Dispatched:N0}: LDR {Percent(r.Ldr, 2)} ({(r.ExceedsLdrThreshold ? "OVER" : "under")} TikTok's {Percent(r.LdrThreshold)}); late-risk warnings {r.LateRisks:N0}"));
        await o.WriteLineAsync(string.Create(inv, $"CO2e {r.Co2e.TotalKg:0.00} kg ({r.Co2e.PerOrderKg:0.000} kg/order) against {r.Co2e.CentralHubKg:0.00} kg from one hub ({r.Co2e.CentralHub}): {Percent(r.Co2e.SavedShare)} less"));
        await o.WriteLineAsync(string.Create(inv, $"HTTP calls {r.TotalRequests:N0}, {r.CallsPerOrder:0.00} per order ({string.Join(", ", r.Requests.Select(x => $"{x.Key} {x.Value:N0}"))}; per order without the {r.StockReads:N0} stock reads); mark-shipped {r.MarkShippedCalls:N0}, provider creates {r.ProviderCreateCalls:N0}{(r.FaultsInjected > 0 ? $", faults injected {r.FaultsInjected:N0}" : string.Empty)}"));
        foreach (var s in r.Surfaced.Take(10))
        {
            await o.WriteLineAsync($"  surfaced {s.Order.OrderId}: {s.Reason} — {s.Detail}");
        }

        foreach (var id in r.Lost.Take(10))
        {
            await o.WriteLineAsync($"  lost {id}: neither shipped nor surfaced");
        }

        foreach (var id in r.Duplicated.Take(10))
        {
            await o.WriteLineAsync($"  duplicated {id}: more than one provider order");
        }
    }

    private static string Share(int part, int whole) => whole == 0 ? "-" : Percent((double)part / whole);

    /// <summary>A share as a whole percentage, <c>82%</c> (the invariant culture's P format puts a space before the sign).</summary>
    private static string Percent(double share, int decimals = 0) => (share * 100).ToString("F" + decimals, CultureInfo.InvariantCulture) + "%";

    private static string Reasons(DemoResult r) => r.Surfaced.Count == 0
        ? string.Empty
        : "  (" + string.Join(", ", r.Surfaced.GroupBy(s => s.Reason).OrderByDescending(g => g.Count()).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()}"))) + ")";
}
