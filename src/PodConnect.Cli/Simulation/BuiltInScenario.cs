using PodConnect.Cli.Infrastructure;

namespace PodConnect.Cli.Simulation;

/// <summary>The example scenario shipped inside the tool: a 10× spike on the built-in European network.</summary>
internal static class BuiltInScenario
{
    /// <summary>How it is named where a file name would be.</summary>
    public const string Source = "(built-in example)";

    /// <summary>The scenario JSON, with its comments, as <c>--write-example</c> writes it.</summary>
    public static string Json { get; } = Resources.Text("PodConnect.Cli.example-scenario.json");

    public static Scenario Load() => ScenarioReader.Read(Source, Json, Environment.CurrentDirectory);
}
