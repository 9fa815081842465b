using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PodConnect.Cli.Infrastructure;

/// <summary>
/// Writes one indented JSON document to a text writer (no reflection, so the tool stays trimmable).
/// Relaxed escaping keeps offsets readable (<c>+00:00</c>, not <c>\u002B00:00</c>); the output goes to a
/// terminal or a file, never into HTML.
/// </summary>
internal static class JsonOutput
{
    public static async Task WriteAsync(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        await writer.WriteLineAsync(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>Writes <c>"name": { "key": count, … }</c> in the counts' order (countries, APIs, reasons).</summary>
    public static void WriteCounts(this Utf8JsonWriter writer, string name, IEnumerable<KeyValuePair<string, int>> counts)
    {
        writer.WriteStartObject(name);
        foreach (var (key, count) in counts)
        {
            writer.WriteNumber(key, count);
        }

        writer.WriteEndObject();
    }
}
