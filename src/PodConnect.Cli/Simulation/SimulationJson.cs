using System.Globalization;
using System.Text.Json;
using PodConnect.Cli.Infrastructure;

namespace PodConnect.Cli.Simulation;

/// <summary>The JSON document of a simulation: <c>--json</c> prints it, the HTML report embeds it (shape in docs/cli.md).</summary>
internal static class SimulationJson
{
    public static void Write(Utf8JsonWriter w, SimulationResult result)
    {
        var s = result.Scenario;
        w.WriteStartObject();
        w.WriteStartObject("scenario");
        w.WriteString("name", s.Name);
        w.WriteString("description", s.Description);
        w.WriteString("network", s.NetworkLabel);
        w.WriteString("start", Instants.Format(s.Start));
        w.WriteString("end", Instants.Format(s.End));
        w.WriteNumber("horizonDays", s.HorizonDays);
        w.WriteNumber("seed", s.Seed);
        w.WriteNumber("threshold", s.Threshold);
        w.WriteNumber("maxHoldDays", s.MaxHoldDays);
        if (s.Spike is { } spike)
        {
            w.WriteStartObject("spike");
            w.WriteString("start", Instants.Format(spike.Start));
            w.WriteNumber("peakMultiplier", spike.PeakMultiplier);
            w.WriteNumber("rampHours", spike.RampHours);
            w.WriteNumber("halfLifeHours", spike.HalfLifeHours);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("spike");
        }

        w.WriteStartObject("leadTime");
        w.WriteNumber("slipProbability", s.Noise.SlipProbability);
        w.WriteNumber("maxSlipDays", s.Noise.MaxSlipDays);
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteNumber("orders", result.Orders);
        w.WriteNumber("elapsedSeconds", Math.Round(result.Elapsed.TotalSeconds, 2));
        w.WriteString("best", result.Best.Policy.Name);
        w.WriteBoolean("exceedsThreshold", result.Best.ExceedsThreshold);
        w.WriteCounts("buyers", result.Buyers);
        w.WriteStartArray("arrivalsPerDay");
        foreach (var (day, orders) in result.ArrivalsPerDay)
        {
            w.WriteStartObject();
            w.WriteString("day", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteNumber("orders", orders);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("policies");
        foreach (var p in result.Policies)
        {
            WritePolicy(w, p, s.Network.Currency);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePolicy(Utf8JsonWriter w, PolicyResult p, string currency)
    {
        w.WriteStartObject();
        w.WriteString("name", p.Policy.Name);
        w.WriteString("description", p.Policy.Description);
        w.WriteBoolean("naive", p.Policy.Naive);
        w.WriteStartArray("prefer");
        foreach (var c in p.Policy.Prefer)
        {
            w.WriteStringValue(c.ToString().ToLowerInvariant());
        }

        w.WriteEndArray();
        w.WriteNumber("safetyMarginHours", p.Policy.SafetyMargin.TotalHours);
        if (p.Policy.Providers is { } providers)
        {
            w.WriteStartArray("providers");
            foreach (var provider in providers)
            {
                w.WriteStringValue(provider);
            }

            w.WriteEndArray();
        }
        else
        {
            w.WriteNull("providers");
        }

        w.WriteNumber("orders", p.Orders);
        w.WriteNumber("placed", p.Placed);
        w.WriteNumber("unplaced", p.Unplaced);
        w.WriteNumber("late", p.Late);
        w.WriteNumber("held", p.Held);
        w.WriteStartObject("ldr");
        w.WriteNumber("final", Math.Round(p.Final.Rate, 4));
        w.WriteNumber("peak", Math.Round(p.Peak.Rate, 4));
        w.WriteString("peakAt", Instants.Format(p.Peak.At));
        w.WriteBoolean("exceedsThreshold", p.ExceedsThreshold);
        w.WriteEndObject();
        w.WriteNumber("localShare", Math.Round(p.LocalShare, 4));
        w.WriteStartObject("cost");
        w.WriteNumber("total", p.Cost);
        w.WriteNumber("perOrder", p.CostPerOrder);
        w.WriteString("currency", currency);
        w.WriteEndObject();
        w.WriteStartObject("co2eKg");
        w.WriteNumber("total", Math.Round(p.Co2eKg, 1));
        w.WriteNumber("perOrder", Math.Round(p.Co2ePerOrderKg, 4));
        w.WriteEndObject();
        w.WriteCounts("producedIn", p.ProducedIn);
        w.WriteStartArray("facilities");
        foreach (var f in p.Facilities)
        {
            w.WriteStartObject();
            w.WriteString("id", f.Id);
            w.WriteString("provider", f.Provider);
            w.WriteString("country", f.Country);
            w.WriteNumber("dailyCapacity", f.DailyCapacity);
            w.WriteNumber("orders", f.Orders);
            w.WriteNumber("meanUtilisation", Math.Round(f.MeanUtilisation, 4));
            w.WriteNumber("peakUtilisation", Math.Round(f.PeakUtilisation, 4));
            if (f.LastProductionDay is { } last)
            {
                w.WriteString("lastProductionDay", last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                w.WriteNull("lastProductionDay");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("ldrOverTime");
        foreach (var point in p.LdrOverTime)
        {
            w.WriteStartObject();
            w.WriteString("at", Instants.Format(point.At));
            w.WriteNumber("ldr", Math.Round(point.Rate, 4));
            w.WriteNumber("late", point.Late);
            w.WriteNumber("dispatched", point.Dispatched);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
