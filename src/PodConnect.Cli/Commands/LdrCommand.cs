using System.Globalization;
using PodConnect.Cli.Infrastructure;
using PodConnect.Dispatch;

namespace PodConnect.Cli.Commands;

/// <summary><c>podconnect ldr</c>: the Late Dispatch Rate of a ledger file, with headroom under the threshold.</summary>
internal sealed class LdrCommand : ICliCommand
{
    public string Name => "ldr";

    public string Summary => "Late Dispatch Rate, counts and headroom from a dispatch ledger CSV";

    public string Usage => """
        Usage: podconnect ldr --ledger <file.csv> [--at <instant>] [--window DAYS] [--threshold F] [--json]

          --ledger      CSV of order_id,deadline,dispatched_at (ISO 8601 instants with offsets; header optional)
          --at          the instant to evaluate at (default: now)
          --window      trailing window in days (default 30)
          --threshold   LDR threshold as a fraction (default 0.04)
          --json        machine-readable output

        A dispatch is late when dispatched_at is after deadline. A repeated order_id counts once (the
        last row wins). Bad rows are reported with their line numbers and make the exit code 1.
        """;

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>(StringComparer.Ordinal) { "json" };

    public async Task<int> RunAsync(CliArguments args, CliConsole console, CancellationToken cancellationToken)
    {
        var path = args.Required("ledger");
        var at = args.OptionalInstant("at") ?? console.Time.GetUtcNow();
        var windowDays = args.OptionalInt("window", 30);
        var threshold = args.OptionalDouble("threshold", DispatchLedger.DefaultThreshold);
        var json = args.Flag("json");
        args.RejectUnknown();
        if (windowDays <= 0)
        {
            throw new CliUsageException($"--window must be a positive number of days, not {windowDays}.");
        }

        if (!(threshold is >= 0 and < 1))
        {
            throw new CliUsageException($"--threshold is a fraction in [0, 1), e.g. 0.04, not {threshold.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (!File.Exists(path))
        {
            throw new IOException($"Ledger file '{path}' does not exist.");
        }

        DispatchLedgerCsv.Result parsed;
        using (var reader = new StreamReader(path))
        {
            parsed = await DispatchLedgerCsv.ReadAsync(reader, cancellationToken).ConfigureAwait(false);
        }

        var ledger = new DispatchLedger(TimeSpan.FromDays(windowDays), threshold);
        foreach (var record in parsed.Records)
        {
            ledger.Record(record);
        }

        var rate = ledger.RateAt(at);
        foreach (var error in parsed.Errors)
        {
            await console.Error.WriteLineAsync($"{path}: {error}").ConfigureAwait(false);
        }

        if (json)
        {
            await JsonOutput.WriteAsync(console.Out, w =>
            {
                w.WriteStartObject();
                w.WriteNumber("ldr", Math.Round(rate.Rate, 4));
                w.WriteNumber("late", rate.Late);
                w.WriteNumber("dispatched", rate.Dispatched);
                w.WriteNumber("headroom", rate.Headroom);
                w.WriteNumber("threshold", threshold);
                w.WriteBoolean("exceedsThreshold", rate.ExceedsThreshold);
                w.WriteNumber("windowDays", windowDays);
                w.WriteString("at", Instants.Format(at));
                w.WriteNumber("badRows", parsed.Errors.Count);
                w.WriteEndObject();
            }).ConfigureAwait(false);
        }
        else
        {
            var inv = CultureInfo.InvariantCulture;
            await console.Out.WriteLineAsync(string.Create(inv, $"LDR {rate.Rate * 100:0.00}% ({rate.Late} late of {rate.Dispatched} dispatched) over the {windowDays} days to {Instants.Format(at)}")).ConfigureAwait(false);
            await console.Out.WriteLineAsync(rate.ExceedsThreshold
                ? string.Create(inv, $"ABOVE the {threshold * 100:0.##}% threshold: no headroom left.")
                : string.Create(inv, $"Headroom: {rate.Headroom} more late dispatches before exceeding {threshold * 100:0.##}%.")).ConfigureAwait(false);
            if (parsed.Errors.Count > 0)
            {
                await console.Out.WriteLineAsync($"{parsed.Errors.Count} bad row(s) were left out; see the errors above.").ConfigureAwait(false);
            }
        }

        return parsed.Errors.Count == 0 ? CliApp.Ok : CliApp.Failed;
    }
}
