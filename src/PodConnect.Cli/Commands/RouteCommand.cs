using System.Globalization;
using System.Xml;
using PodConnect.Cli.Infrastructure;
using PodConnect.Routing;

namespace PodConnect.Cli.Commands;

/// <summary><c>podconnect route</c>: decides where an order is produced and explains why.</summary>
internal sealed class RouteCommand : ICliCommand
{
    public PodCommand Create(CliConsole console)
    {
        var order = CliOptions.ExistingFile("--order", "The order: JSON with id, createdAt, destination.country, items[{sku, kind, quantity}], optional readyToShipBy and market", "order.json", required: true);
        var network = NetworkCommand.NetworkOption();
        var at = CliOptions.Instant("--at", "When routing happens, ISO 8601 with an offset (default: now)");
        var json = CliOptions.Json();
        var command = new PodCommand("route", "Route an order to a facility and explain the decision")
        {
            Notes = """
                Policy: local production first, then cost, then CO2e; the deadline is the order's
                readyToShipBy (TikTok's rts_sla_time) or else its market's rule (2 working days).
                Exit code 1 when the order would dispatch late or no facility can take it. Order schema:
                docs/routing.md.
                """,
            Examples =
            [
                ("where a Madrid order is made, and why every other facility lost", "podconnect route --order docs/examples/order-madrid.json --at 2026-12-21T10:05:00Z"),
                ("the same decision on your own network, as JSON", "podconnect route --order order.json --network my-network.json --json"),
            ],
        };
        command.AddOptions(order, network, at, json);
        command.SetHandler((parsed, _) => RunAsync(console, parsed.GetValue(order)!, parsed.GetValue(network), parsed.GetValue(at) ?? console.Time.GetUtcNow(), parsed.GetValue(json)));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string orderPath, string? networkPath, DateTimeOffset at, bool json)
    {
        var order = RouteOrderFile.Read(orderPath);
        var network = NetworkCommand.Load(networkPath);
        var router = new Router(network.Compile());
        var explained = router.Explain(order, at);
        var decision = explained.Decision;

        if (json)
        {
            await WriteJsonAsync(console.Out, order.Id, order.Items.Count, at, explained);
        }
        else
        {
            await WriteTableAsync(console.Out, order.Id, order.Destination.Country.Value, at, explained, order.Deadlines.ReadyToShipBy is not null);
        }

        return decision.Outcome == RoutingOutcome.OnTime ? ExitCodes.Ok : ExitCodes.Findings;
    }

    private static Task WriteJsonAsync(TextWriter output, string orderId, int items, DateTimeOffset at, RoutingExplanation explained)
    {
        var d = explained.Decision;
        return JsonOutput.WriteAsync(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("order", orderId);
            w.WriteString("routedAt", Instants.Format(at));
            w.WriteString("outcome", d.Outcome switch { RoutingOutcome.OnTime => "on-time", RoutingOutcome.Late => "late", _ => "unroutable" });
            w.WriteBoolean("late", d.IsLate);
            w.WriteString("deadline", d.Deadline is { } deadline ? Instants.Format(deadline) : null);
            if (d.IsRouted)
            {
                w.WriteString("provider", d.Provider);
                w.WriteString("facility", d.FacilityId);
                w.WriteString("productionCountry", d.ProductionCountry?.Value);
                w.WriteString("productionStart", d.Primary.Value.ProductionStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("predictedDispatch", Instants.Format(d.PredictedDispatch.Value));
                w.WriteString("predictedDelivery", d.PredictedDelivery.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("slack", XmlConvert.ToString(d.Slack.Value));
                w.WriteNumber("slackHours", Math.Round(d.Slack.Value.TotalHours, 2));
                w.WriteBoolean("local", d.IsLocal);
                w.WriteNumber("co2eKg", double.IsNaN(d.Co2eKg.Value) ? 0 : Math.Round(d.Co2eKg.Value, 4));
                var shipping = d.Shipments.Sum(s => s.Lane?.Cost ?? 0m);
                w.WriteStartObject("costs");
                w.WriteNumber("products", d.Cost.Value.Amount - shipping);
                w.WriteNumber("shipping", shipping);
                w.WriteNumber("total", d.Cost.Value.Amount);
                w.WriteString("currency", d.Cost.Value.Currency);
                w.WriteEndObject();
                w.WriteBoolean("split", d.IsSplit);
                w.WriteStartArray("shipments");
                foreach (var s in d.Shipments)
                {
                    w.WriteStartObject();
                    w.WriteString("facility", s.Facility.Id);
                    w.WriteString("provider", s.Provider);
                    w.WriteString("productionCountry", s.ProductionCountry.Value);
                    w.WriteStartArray("items");
                    foreach (var i in s.ItemIndexes ?? [.. Enumerable.Range(0, items)])
                    {
                        w.WriteNumberValue(i);
                    }

                    w.WriteEndArray();
                    w.WriteString("predictedDispatch", Instants.Format(s.PredictedDispatch));
                    w.WriteString("carrier", s.Lane?.Carrier);
                    w.WriteNumber("transitDays", s.Lane?.TransitDays ?? 0);
                    w.WriteNumber("cost", s.Cost.Amount);
                    w.WriteBoolean("late", s.IsLate);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            if (d.Problem is not null)
            {
                w.WriteString("problem", d.Problem);
            }

            w.WriteStartArray("rejected");
            foreach (var v in explained.Candidates.Where(v => v.Kind != VerdictKind.Chosen))
            {
                w.WriteStartObject();
                w.WriteString("facility", v.Facility.Id);
                w.WriteString("provider", v.Facility.Provider);
                w.WriteString("verdict", Verdict(v.Kind));
                w.WriteString("reason", v.Reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static async Task WriteTableAsync(TextWriter o, string orderId, string destination, DateTimeOffset at, RoutingExplanation explained, bool tiktokDeadline)
    {
        var d = explained.Decision;
        await o.WriteLineAsync($"Order {orderId} to {destination}, routed at {Instants.Format(at)}");
        await o.WriteLineAsync($"Deadline  {(d.Deadline is { } deadline ? Instants.Format(deadline) : "none")} ({(tiktokDeadline ? "TikTok's ready-to-ship deadline" : "market rule")})");
        if (!d.IsRouted)
        {
            await o.WriteLineAsync($"UNROUTABLE: {d.Problem}");
        }
        else
        {
            var verdict = d.IsLate ? "LATE (least late option; flag it)" : "ON TIME";
            await o.WriteLineAsync($"Decision  {verdict}: {d.Provider} / {d.FacilityId} in {d.ProductionCountry}{(d.IsLocal ? " (local)" : string.Empty)}");
            if (d.IsSplit)
            {
                await o.WriteLineAsync($"          {d.Problem}");
                foreach (var s in d.Shipments)
                {
                    await o.WriteLineAsync($"          - items {string.Join(", ", s.ItemIndexes!.Select(i => i + 1))} at {s.Facility.Id}, dispatch {Instants.Format(s.PredictedDispatch)}");
                }
            }

            await o.WriteLineAsync($"Dispatch  {Instants.Format(d.PredictedDispatch.Value)} (production starts {d.Primary.Value.ProductionStart:yyyy-MM-dd}), slack {Slack(d.Slack.Value)}");
            await o.WriteLineAsync($"Delivery  ~{d.PredictedDelivery:yyyy-MM-dd}");
            await o.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Cost      {d.Cost}   CO2e {d.Co2eKg:0.000} kg (estimate)"));
        }

        await o.WriteLineAsync();
        var idWidth = Math.Max(8, explained.Candidates.Max(v => v.Facility.Id.Length));
        await o.WriteLineAsync($"{"VERDICT",-18} {"FACILITY".PadRight(idWidth)} {"PROVIDER",-9} {"CTRY",-4} REASON");
        foreach (var v in explained.Candidates)
        {
            await o.WriteLineAsync($"{Verdict(v.Kind),-18} {v.Facility.Id.PadRight(idWidth)} {v.Facility.Provider,-9} {v.Facility.Country.Value,-4} {v.Reason}");
        }
    }

    private static string Slack(TimeSpan slack) =>
        (slack < TimeSpan.Zero ? "-" : string.Empty) + slack.Duration().ToString(@"d\d\ hh\h\ mm\m", CultureInfo.InvariantCulture);

    private static string Verdict(VerdictKind kind) => kind switch
    {
        VerdictKind.Chosen => "chosen",
        VerdictKind.LostOnPreference => "lost on preference",
        VerdictKind.TooLate => "too late",
        VerdictKind.NoCapacity => "no capacity",
        VerdictKind.CannotMake => "cannot make",
        VerdictKind.NoLane => "no lane",
        VerdictKind.TransitTooLong => "transit too long",
        VerdictKind.ExcludedByPolicy => "excluded",
        _ => kind.ToString(),
    };
}
