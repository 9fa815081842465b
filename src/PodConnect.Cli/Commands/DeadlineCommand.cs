using System.Globalization;
using PodConnect.Cli.Infrastructure;
using PodConnect.Sla;

namespace PodConnect.Cli.Commands;

/// <summary><c>podconnect deadline</c>: the dispatch deadline a market's rule gives an order.</summary>
internal sealed class DeadlineCommand : ICliCommand
{
    public PodCommand Create(CliConsole console)
    {
        var market = CliOptions.Country("--market", "Marketplace country (GB, IE, ES, DE, FR, IT, US; UK is accepted for GB)", required: true);
        var orderedAt = CliOptions.Instant("--ordered-at", "When the order was placed, ISO 8601 with an offset", required: true);
        var days = CliOptions.WholeNumber("--days", "Working days allowed after day 0 (default: the market's rule, 2)", 0, 60, "days");
        var json = CliOptions.Json();
        var command = new PodCommand("deadline", "Dispatch deadline for an order placed at an instant in a market")
        {
            Notes = """
                Day 0 is the order's local date in the market's time zone, moved to the next working day if
                it is not one; the deadline is the end of the Nth working day after it. A deadline stated by
                TikTok on the order (rts_sla_time) always wins over this rule.
                """,
            Examples =
            [
                ("an order placed on Christmas Eve afternoon in the UK", "podconnect deadline --market GB --ordered-at 2026-12-24T15:00:00Z"),
                ("three working days instead of the rule's two, as JSON", "podconnect deadline --market DE --ordered-at 2026-11-27T09:30:00+01:00 --days 3 --json"),
            ],
        };
        command.AddOptions(market, orderedAt, days, json);
        command.SetHandler((parsed, _) => RunAsync(console, parsed.GetValue(market)!.Value, parsed.GetValue(orderedAt)!.Value, parsed.GetValue(days), parsed.GetValue(json)));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, Domain.CountryCode market, DateTimeOffset orderedAt, int? days, bool json)
    {
        if (!DispatchSla.Default.Markets.Contains(market))
        {
            throw new CliUsageException($"--market '{market}' has no dispatch rule; known markets: {string.Join(", ", DispatchSla.Default.Markets)}.");
        }

        var rule = DispatchSla.Default.RuleFor(market);
        var workingDays = days ?? rule.WorkingDays;
        var deadline = rule.DeadlineFor(orderedAt, workingDays);
        var dayZero = rule.Clock.StartDay(orderedAt);

        if (json)
        {
            await JsonOutput.WriteAsync(console.Out, w =>
            {
                w.WriteStartObject();
                w.WriteString("deadline", Instants.Format(deadline));
                w.WriteString("market", market.Value);
                w.WriteNumber("workingDays", workingDays);
                w.WriteString("orderedAt", Instants.Format(orderedAt));
                w.WriteString("dayZero", dayZero.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("timeZone", rule.Clock.TimeZone.Id);
                w.WriteEndObject();
            });
        }
        else
        {
            await console.Out.WriteLineAsync($"{Instants.Format(deadline)}");
            await console.Out.WriteLineAsync($"  market {market}, {workingDays} working days after day 0 = {dayZero:yyyy-MM-dd} ({dayZero.DayOfWeek}), {rule.Clock}");
        }

        return ExitCodes.Ok;
    }
}
