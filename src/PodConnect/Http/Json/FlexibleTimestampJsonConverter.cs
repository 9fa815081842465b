using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PodConnect.Http.Json;

/// <summary>
/// Reads a timestamp sent as ISO-8601 text, as a UNIX epoch number (seconds) or as epoch digits in a
/// string — providers mix these even within one API (Printful v1). Empty text reads as null. Writes ISO-8601.
/// </summary>
public sealed class FlexibleTimestampJsonConverter : JsonConverter<DateTimeOffset?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.Number when reader.TryGetInt64(out var epoch) => UnixNumber.FromSeconds(epoch),
            JsonTokenType.String when string.IsNullOrWhiteSpace(reader.GetString()) => null,
            JsonTokenType.String when long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var digits) => UnixNumber.FromSeconds(digits),
            JsonTokenType.String when DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) => value,
            _ => throw new JsonException($"Expected an ISO-8601 timestamp or epoch number, got {reader.TokenType}."),
        };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } instant)
        {
            writer.WriteStringValue(instant.ToString("O", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
