using System.Globalization;
using PodConnect.Cli.Infrastructure;
using PodConnect.Dispatch;

namespace PodConnect.Cli.Commands;

/// <summary><c>podconnect ldr</c>: the Late Dispatch Rate of a ledger file, with headroom under the threshold.</summary>
internal sealed class LdrCommand : ICliCommand
{
    public PodCommand Create(CliConsole console)
    {
        var ledger = CliOptions.ExistingFile("--ledger", "CSV of order_id,deadline,dispatched_at (ISO 8601 instants with offsets; header optional)", "file.csv", required: true);
        var at = CliOptions.Instant("--at", "The instant to evaluate at (default: now)");
        var window = CliOptions.WholeNumber("--window", "Trailing window in days (default 30)", 1, 3650, "days");
        var threshold = CliOptions.Fraction("--threshold", "LDR threshold as a fraction (default 0.04)");
        var json = CliOptions.Json();
        var command = new PodCommand("ldr", "Late Dispatch Rate, counts and headroom from a dispatch ledger CSV")
        {
            Notes = """
                A dispatch is late when dispatched_at is after deadline. A repeated order_id counts once (the
                last row wins). Exit code 1 when the LDR is above the threshold. Bad rows are reported with
                their line numbers, left out of the rate, and make the exit code 2.
                """,
            Examples =
            [
                ("the LDR now over the last 30 days", "podconnect ldr --ledger dispatches.csv"),
                ("as TikTok would have judged it on 1 December, as JSON", "podconnect ldr --ledger dispatches.csv --at 2026-12-01T00:00:00Z --json"),
            ],
        };
        command.AddOptions(ledger, at, window, threshold, json);
        command.SetHandler((parsed, cancellationToken) => RunAsync(
            console,
            parsed.GetValue(ledger)!,
            parsed.GetValue(at) ?? console.Time.GetUtcNow(),
            parsed.GetValue(window) ?? 30,
            parsed.GetValue(threshold) ?? DispatchLedger.DefaultThreshold,
            parsed.GetValue(json),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string path, DateTimeOffset at, int windowDays, double threshold, bool json, CancellationToken cancellationToken)
    {
        DispatchLedgerCsv.Result parsed;
        using (var reader = new StreamReader(path))
        {
            parsed = await DispatchLedgerCsv.ReadAsync(reader, cancellationToken);
        }

        var ledger = new DispatchLedger(TimeSpan.FromDays(windowDays), threshold);
        foreach (var record in parsed.Records)
        {
            ledger.Record(record);
        }

        var rate = ledger.RateAt(at);
        foreach (var error in parsed.Errors)
        {
            await console.Error.WriteLineAsync($"{path}: {error}");
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
            });
        }
        else
        {
            var inv = CultureInfo.InvariantCulture;
            await console.Out.WriteLineAsync(string.Create(inv, $"LDR {rate.Rate * 100:0.00}% ({rate.Late} late of {rate.Dispatched} dispatched) over the {windowDays} days to {Instants.Format(at)}"));
            await console.Out.WriteLineAsync(rate.ExceedsThreshold
                ? string.Create(inv, $"ABOVE the {threshold * 100:0.##}% threshold: no headroom left.")
                : string.Create(inv, $"Headroom: {rate.Headroom} more late dispatches before exceeding {threshold * 100:0.##}%."));
            if (parsed.Errors.Count > 0)
            {
                await console.Out.WriteLineAsync($"{parsed.Errors.Count} bad row(s) were left out; see the errors above.");
            }
        }

        return parsed.Errors.Count > 0 ? ExitCodes.BadInput : rate.ExceedsThreshold ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
