using System.Text;
using System.Text.Json;

namespace PodConnect.Http.Json;

internal static class JsonNumberText
{
    /// <summary>The number token's exact text (no double round-trip, so large ids keep every digit).</summary>
    public static string Read(ref Utf8JsonReader reader) =>
        reader.HasValueSequence
            ? Encoding.UTF8.GetString(reader.ValueSequence)
            : Encoding.UTF8.GetString(reader.ValueSpan);
}
