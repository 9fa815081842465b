using System.CommandLine;
using System.Globalization;
using PodConnect.Cli.Infrastructure;
using PodConnect.Routing;

namespace PodConnect.Cli.Commands;

/// <summary><c>podconnect network</c>: validates a facility network file and summarizes it.</summary>
internal sealed class NetworkCommand : ICliCommand
{
    public PodCommand Create(CliConsole console)
    {
        var network = NetworkOption();
        var json = CliOptions.Json();
        var command = new PodCommand("network", "Validate a facility network file and summarize it")
        {
            Notes = "A bad file exits 2 with a message naming the facility and the field. Schema: docs/routing.md.",
            Examples =
            [
                ("the built-in European network: providers, countries, capacity", "podconnect network"),
                ("check your own network file before routing with it", "podconnect network --network my-network.json --json"),
            ],
        };
        command.AddOptions(network, json);
        command.SetHandler((parsed, _) => RunAsync(console, parsed.GetValue(network), parsed.GetValue(json)));
        return command;
    }

    /// <summary>The <c>--network</c> option every command that routes shares.</summary>
    public static Option<string> NetworkOption() =>
        CliOptions.ExistingFile("--network", "Facility network JSON (default: the built-in European network, estimates)", "network.json");

    /// <summary>The network a <c>--network</c> value names, or the built-in one.</summary>
    public static FacilityNetwork Load(string? path) => path is null ? FacilityNetwork.BuiltInEurope : FacilityNetwork.Load(path);

    private static async Task<int> RunAsync(CliConsole console, string? path, bool json)
    {
        var network = Load(path);
        var compiled = network.Compile();
        var facilities = network.Facilities;
        var providers = facilities.GroupBy(f => f.Provider).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var countries = facilities.GroupBy(f => f.Country.Value).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var kinds = facilities.SelectMany(f => f.Products.Select(p => (Kind: p.Kind.Value, f.Provider)))
            .GroupBy(x => x.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();

        if (json)
        {
            await JsonOutput.WriteAsync(console.Out, w =>
            {
                w.WriteStartObject();
                w.WriteBoolean("valid", true);
                w.WriteString("name", network.Name);
                w.WriteString("currency", network.Currency);
                w.WriteNumber("facilities", facilities.Count);
                w.WriteNumber("dailyCapacity", facilities.Sum(f => (long)f.DailyCapacity));
                w.WriteStartObject("providers");
                foreach (var g in providers)
                {
                    w.WriteStartObject(g.Key);
                    w.WriteNumber("facilities", g.Count());
                    w.WriteNumber("dailyCapacity", g.Sum(f => (long)f.DailyCapacity));
                    w.WriteStartArray("countries");
                    foreach (var c in g.Select(f => f.Country.Value).Distinct().Order(StringComparer.Ordinal))
                    {
                        w.WriteStringValue(c);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteStartObject("countries");
                foreach (var g in countries)
                {
                    w.WriteStartObject(g.Key);
                    w.WriteNumber("facilities", g.Count());
                    w.WriteNumber("dailyCapacity", g.Sum(f => (long)f.DailyCapacity));
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteStartObject("productKinds");
                foreach (var g in kinds)
                {
                    w.WriteNumber(g.Key, g.Count());
                }

                w.WriteEndObject();
                w.WriteStartArray("warnings");
                foreach (var warning in compiled.Warnings)
                {
                    w.WriteStringValue(warning);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }

        var o = console.Out;
        await o.WriteLineAsync($"{network.Name}: valid, {facilities.Count} facilities, {N(facilities.Sum(f => (long)f.DailyCapacity))} units/day, costs in {network.Currency}");
        await o.WriteLineAsync();
        await o.WriteLineAsync($"{"PROVIDER",-10} {"FACILITIES",10} {"UNITS/DAY",10}  COUNTRIES");
        foreach (var g in providers)
        {
            await o.WriteLineAsync($"{g.Key,-10} {g.Count(),10} {N(g.Sum(f => (long)f.DailyCapacity)),10}  {string.Join(" ", g.Select(f => f.Country.Value).Distinct().Order(StringComparer.Ordinal))}");
        }

        await o.WriteLineAsync();
        await o.WriteLineAsync($"{"COUNTRY",-10} {"FACILITIES",10} {"UNITS/DAY",10}  PROVIDERS");
        foreach (var g in countries)
        {
            await o.WriteLineAsync($"{g.Key,-10} {g.Count(),10} {N(g.Sum(f => (long)f.DailyCapacity)),10}  {string.Join(" ", g.Select(f => f.Provider).Distinct().Order(StringComparer.Ordinal))}");
        }

        await o.WriteLineAsync();
        await o.WriteLineAsync($"{"PRODUCT KIND",-14} {"FACILITIES",10}  PROVIDERS");
        foreach (var g in kinds)
        {
            await o.WriteLineAsync($"{g.Key,-14} {g.Count(),10}  {string.Join(" ", g.Select(x => x.Provider).Distinct().Order(StringComparer.Ordinal))}");
        }

        foreach (var warning in compiled.Warnings)
        {
            await o.WriteLineAsync($"warning: {warning}");
        }

        return ExitCodes.Ok;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
