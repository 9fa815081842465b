using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PodConnect.Cli.Infrastructure;

namespace PodConnect.Cli.Simulation;

/// <summary>
/// The self-contained HTML report: the template (inline CSS and a small script that draws SVG charts)
/// with the simulation's JSON document embedded. Nothing is fetched, so it opens offline.
/// </summary>
internal static class HtmlReport
{
    private const string DataPlaceholder = "/*SIMULATION_JSON*/null";
    private static readonly string Template = Resources.Text("PodConnect.Cli.report.html");

    public static string Render(SimulationResult result)
    {
        using var buffer = new MemoryStream();
        // The default encoder escapes <, > and &, so the data cannot close its <script> element.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            SimulationJson.Write(json, result);
        }

        return Template.Replace(DataPlaceholder, Encoding.UTF8.GetString(buffer.ToArray()), StringComparison.Ordinal);
    }
}
