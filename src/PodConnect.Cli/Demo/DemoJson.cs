using System.Text.Json;
using PodConnect.Cli.Infrastructure;

namespace PodConnect.Cli.Demo;

/// <summary>
/// The demo's JSON document (<c>--json</c>). The shape is documented in docs/cli.md and asserted by the
/// tests: add fields, never rename or remove one. Rates are fractions rounded to 4 decimals.
/// </summary>
internal static class DemoJson
{
    public static void Write(Utf8JsonWriter w, DemoResult r)
    {
        w.WriteStartObject();
        w.WriteNumber("orders", r.Settings.Orders);
        w.WriteNumber("seed", r.Settings.Seed);
        w.WriteNumber("faultRate", r.Settings.FaultRate);
        w.WriteNumber("elapsedSeconds", Math.Round(r.ElapsedSeconds, 1));
        w.WriteStartObject("simulated");
        w.WriteString("start", Instants.Format(r.SimulatedStart));
        w.WriteString("end", Instants.Format(r.SimulatedEnd));
        w.WriteNumber("passes", r.Passes);
        w.WriteEndObject();
        w.WriteCounts("buyers", r.Buyers);
        w.WriteNumber("shipped", r.Shipped);
        WriteSurfaced(w, r);
        WriteIds(w, "lost", r.Lost);
        WriteIds(w, "duplicated", r.Duplicated);
        w.WriteStartArray("production");
        foreach (var p in r.Production)
        {
            w.WriteStartObject();
            w.WriteString("provider", p.Provider);
            w.WriteString("country", p.Country);
            w.WriteNumber("orders", p.Orders);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("localShare", Math.Round(r.LocalShare, 4));
        w.WriteStartObject("ldr");
        w.WriteNumber("rate", Math.Round(r.Ldr, 4));
        w.WriteNumber("late", r.Late);
        w.WriteNumber("dispatched", r.Dispatched);
        w.WriteNumber("threshold", r.LdrThreshold);
        w.WriteBoolean("exceedsThreshold", r.ExceedsLdrThreshold);
        w.WriteEndObject();
        w.WriteNumber("lateRisks", r.LateRisks);
        WriteCo2e(w, r.Co2e);
        WriteHttp(w, r);
        w.WriteBoolean("findings", r.HasFindings);
        w.WriteEndObject();
    }

    private static void WriteSurfaced(Utf8JsonWriter w, DemoResult r)
    {
        w.WriteStartObject("surfaced");
        w.WriteNumber("count", r.Surfaced.Count);
        w.WriteCounts("byReason", r.Surfaced.GroupBy(s => s.Reason).OrderBy(g => g.Key).Select(g => KeyValuePair.Create(g.Key.ToString(), g.Count())));
        w.WriteStartArray("orders");
        foreach (var s in r.Surfaced)
        {
            w.WriteStartObject();
            w.WriteString("orderId", s.Order.OrderId);
            w.WriteString("reason", s.Reason.ToString());
            w.WriteString("detail", s.Detail);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteCo2e(Utf8JsonWriter w, Co2eSummary c)
    {
        w.WriteStartObject("co2e");
        w.WriteNumber("orders", c.Orders);
        w.WriteNumber("totalKg", Math.Round(c.TotalKg, 3));
        w.WriteNumber("perOrderKg", Math.Round(c.PerOrderKg, 4));
        w.WriteString("centralHub", c.CentralHub);
        w.WriteNumber("centralHubKg", Math.Round(c.CentralHubKg, 3));
        w.WriteNumber("savedKg", Math.Round(c.SavedKg, 3));
        w.WriteNumber("savedShare", Math.Round(c.SavedShare, 4));
        w.WriteString("factorSet", c.FactorSet);
        w.WriteEndObject();
    }

    private static void WriteHttp(Utf8JsonWriter w, DemoResult r)
    {
        w.WriteStartObject("http");
        w.WriteNumber("total", r.TotalRequests);
        w.WriteNumber("perOrder", Math.Round(r.CallsPerOrder, 2));
        w.WriteNumber("stockReads", r.StockReads);
        w.WriteCounts("byApi", r.Requests);
        w.WriteStartObject("byOperation");
        foreach (var (api, operations) in r.RequestsByOperation)
        {
            w.WriteCounts(api, operations);
        }

        w.WriteEndObject();
        w.WriteNumber("markShipped", r.MarkShippedCalls);
        w.WriteNumber("providerCreates", r.ProviderCreateCalls);
        w.WriteNumber("faultsInjected", r.FaultsInjected);
        w.WriteEndObject();
    }

    private static void WriteIds(Utf8JsonWriter w, string name, IReadOnlyList<string> ids)
    {
        w.WriteStartArray(name);
        foreach (var id in ids)
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
    }
}
