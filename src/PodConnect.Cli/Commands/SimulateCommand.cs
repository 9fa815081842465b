using PodConnect.Cli.Infrastructure;
using PodConnect.Cli.Simulation;

namespace PodConnect.Cli.Commands;

/// <summary><c>podconnect simulate</c>: a demand scenario with a viral spike, run under several routing policies.</summary>
internal sealed class SimulateCommand : ICliCommand
{
    public PodCommand Create(CliConsole console)
    {
        var scenario = CliOptions.ExistingFile("--scenario", "Scenario JSON (default: the built-in 10x spike on the European network)", "scenario.json");
        var seed = CliOptions.WholeNumber("--seed", "Overrides the scenario's seed (same seed, same orders)", 0, int.MaxValue, "seed");
        var report = CliOptions.OutputFile("--report", "Also write a self-contained HTML report with charts (opens offline)", "report.html");
        var writeExample = CliOptions.OutputFile("--write-example", "Write the built-in example scenario to a file to edit, and stop", "scenario.json");
        var quiet = new System.CommandLine.Option<bool>("--quiet") { Description = "No progress lines on stderr" };
        var json = CliOptions.Json();
        var command = new PodCommand("simulate", "Simulate a viral spike under several routing policies and compare the LDR")
        {
            Notes = """
                Orders are drawn from the scenario's demand (Poisson per hour, the spike multiplying the base
                rate) and routed at arrival by each policy with the SDK's router and capacity ledger; an order
                whose allowed facilities are all full waits for the next day's capacity. The naive policy (the
                facility nearest the buyer, whatever its queue) is always compared. Every policy sees the same
                orders and the same production slips. Exit code 1 when even the best policy goes over the LDR
                threshold. Scenario format: docs/cli.md.
                """,
            Examples =
            [
                ("the built-in example: a 10x spike on the European network", "podconnect simulate"),
                ("the same, with an HTML report to open in a browser", "podconnect simulate --report report.html"),
                ("start your own scenario from the example", "podconnect simulate --write-example my-launch.json"),
                ("your scenario, for a script", "podconnect simulate --scenario my-launch.json --json"),
            ],
        };
        command.AddOptions(scenario, seed, report, writeExample, json, quiet);
        command.SetHandler(async (parsed, cancellationToken) =>
        {
            if (parsed.GetValue(writeExample) is { } examplePath)
            {
                await File.WriteAllTextAsync(examplePath, BuiltInScenario.Json, cancellationToken);
                await console.Out.WriteLineAsync($"Wrote the example scenario to {examplePath}; run it with: podconnect simulate --scenario {examplePath}");
                return ExitCodes.Ok;
            }

            var loaded = parsed.GetValue(scenario) is { } path ? ScenarioReader.ReadFile(path) : BuiltInScenario.Load();
            if (parsed.GetValue(seed) is { } s)
            {
                loaded = loaded with { Seed = s };
            }

            return await RunAsync(console, loaded, parsed.GetValue(report), parsed.GetValue(json), parsed.GetValue(quiet), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, Scenario scenario, string? reportPath, bool json, bool quiet, CancellationToken cancellationToken)
    {
        Action<string>? progress = quiet ? null : line => console.Error.WriteLine($"simulate: {line}");
        SimulationResult result;
        try
        {
            result = Simulation.Simulation.Run(scenario, progress, cancellationToken);
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName == "when")
        {
            // The calendars cover a fixed range of years; say which scenario fields put it outside.
            throw new CliUsageException($"the scenario's start ({scenario.Start:yyyy-MM-dd}) and horizon ({scenario.HorizonDays} days) fall outside the working calendars: {e.Message}");
        }
        if (reportPath is not null)
        {
            await File.WriteAllTextAsync(reportPath, HtmlReport.Render(result), cancellationToken);
            progress?.Invoke($"report written to {reportPath}");
        }

        if (json)
        {
            await JsonOutput.WriteAsync(console.Out, w => SimulationJson.Write(w, result));
        }
        else
        {
            await SimulationText.WriteAsync(console.Out, result);
        }

        return result.Best.ExceedsThreshold ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
