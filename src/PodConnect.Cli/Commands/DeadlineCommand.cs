using PodConnect.Cli.Infrastructure;
using PodConnect.Domain;
using PodConnect.Sla;

namespace PodConnect.Cli.Commands;

/// <summary><c>podconnect deadline</c>: the dispatch deadline a market's rule gives an order.</summary>
internal sealed class DeadlineCommand : ICliCommand
{
    public string Name => "deadline";

    public string Summary => "Dispatch deadline for an order placed at an instant in a market";

    public string Usage => """
        Usage: podconnect deadline --market <GB|IE|ES|DE|FR|IT|US> --ordered-at <instant> [--days N] [--json]

          --market       marketplace country (ISO alpha-2; UK is accepted for GB)
          --ordered-at   when the order was placed, ISO 8601 with an offset, e.g. 2026-12-24T15:00:00Z
          --days         working days allowed after day 0 (default: the market's rule, 2)
          --json         machine-readable output

        Day 0 is the order's local date in the market's time zone, moved to the next working day if it
        is not one; the deadline is the end of the Nth working day after it. A deadline stated by
        TikTok on the order (rts_sla_time) always wins over this rule.
        """;

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>(StringComparer.Ordinal) { "json" };

    public async Task<int> RunAsync(CliArguments args, CliConsole console, CancellationToken cancellationToken)
    {
        var marketText = args.Required("market");
        var orderedAtText = args.Required("ordered-at");
        var json = args.Flag("json");
        var days = args.Optional("days") is null ? (int?)null : args.OptionalInt("days", 0);
        args.RejectUnknown();

        if (!CountryCode.TryParse(marketText, out var market))
        {
            throw new CliUsageException($"--market '{marketText}' is not a country code.");
        }

        if (!Instants.TryParse(orderedAtText, out var orderedAt))
        {
            throw new CliUsageException($"--ordered-at '{orderedAtText}' is not an ISO 8601 instant with an offset (e.g. 2026-12-24T15:00:00Z).");
        }

        if (days < 0)
        {
            throw new CliUsageException($"--days must be 0 or more, not {days}.");
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
                w.WriteString("dayZero", dayZero.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                w.WriteString("timeZone", rule.Clock.TimeZone.Id);
                w.WriteEndObject();
            }).ConfigureAwait(false);
        }
        else
        {
            await console.Out.WriteLineAsync($"{Instants.Format(deadline)}").ConfigureAwait(false);
            await console.Out.WriteLineAsync($"  market {market}, {workingDays} working days after day 0 = {dayZero:yyyy-MM-dd} ({dayZero.DayOfWeek}), {rule.Clock}").ConfigureAwait(false);
        }

        return CliApp.Ok;
    }
}
