using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PodConnect.SampleHost;

/// <summary>Writes the health report as JSON: the overall status and each check's status and description.</summary>
public static class HealthJson
{
    /// <summary>The <c>HealthCheckOptions.ResponseWriter</c>.</summary>
    /// <param name="context">The request.</param>
    /// <param name="report">The report.</param>
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", entry.Description);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
