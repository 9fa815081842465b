using PodConnect.Cli.Demo;
using PodConnect.Cli.Infrastructure;

namespace PodConnect.Cli.Commands;

/// <summary><c>podconnect demo</c>: a viral spike through the real fulfillment loop, on fakes of TikTok Shop and four providers, on simulated time.</summary>
internal sealed class DemoCommand : ICliCommand
{
    /// <summary>The highest <c>--faults</c> rate: above it too few calls succeed for a spike to settle within the simulated fortnight.</summary>
    public const double MaxFaultRate = 0.5;

    public PodCommand Create(CliConsole console)
    {
        var orders = CliOptions.WholeNumber("--orders", $"Orders in the spike (default {DemoSettings.DefaultOrders})", 1, DemoSettings.MaxOrders, "n");
        var seed = CliOptions.WholeNumber("--seed", $"Seed of buyers, products, arrival times, production slips and faults (default {DemoSettings.DefaultSeed})", 0, int.MaxValue, "seed");
        var faults = CliOptions.Fraction("--faults", "Share of HTTP calls to every fake that fail: 5xx, 429, connections dropped before or after the server acted (default 0)", MaxFaultRate);
        var quiet = new System.CommandLine.Option<bool>("--quiet") { Description = "No progress on stderr" };
        var json = CliOptions.Json();
        var command = new PodCommand("demo", "Run a viral spike through the real fulfillment loop on fakes of TikTok Shop, Gelato, Printful, Prodigi and Printify")
        {
            Notes = """
                No credentials, no network: the fakes listen on 127.0.0.1 and the loop is registered with
                AddPodConnect exactly as docs/getting-started.md shows, on a simulated clock. Orders to UK and EU
                buyers land on TikTok (with its webhook); the loop holds, routes, places, and marks them shipped
                when the provider ships. The summary counts every order shipped, surfaced (with the reason) or
                lost, duplicates at the providers, production per provider and country, the LDR, CO2e against
                one central hub, and HTTP calls per order. Exit code 1 when the LDR is over 4% or an order was
                lost or placed twice. Output shapes: docs/cli.md.
                """,
            Examples =
            [
                ("the default spike", "podconnect demo"),
                ("a bigger spike with one HTTP call in ten failing", "podconnect demo --orders 1000 --faults 0.1"),
                ("for a script", "podconnect demo --orders 100 --seed 7 --json"),
            ],
        };
        command.AddOptions(orders, seed, faults, json, quiet);
        command.SetHandler(async (parsed, cancellationToken) =>
        {
            var settings = new DemoSettings(
                parsed.GetValue(orders) ?? DemoSettings.DefaultOrders,
                parsed.GetValue(seed) ?? DemoSettings.DefaultSeed,
                parsed.GetValue(faults) ?? 0);
            var progress = parsed.GetValue(quiet) ? null : new DemoProgress(console.Error, console.ErrorIsTerminal);
            using var run = await DemoRun.StartAsync(settings, cancellationToken);
            var result = await run.RunAsync(progress, console.Time, cancellationToken);
            if (parsed.GetValue(json))
            {
                await JsonOutput.WriteAsync(console.Out, w => DemoJson.Write(w, result));
            }
            else
            {
                await DemoText.WriteAsync(console.Out, result);
            }

            return result.HasFindings ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }
}
