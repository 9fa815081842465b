using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PodConnect.Gelato.Serialization;

/// <summary>
/// Reads a date that Gelato sends in either form: v4 documents <c>"YYYY-MM-DD"</c>, while v3 and some
/// payloads send a UNIX epoch number (seconds, or milliseconds when the number is that large) or an
/// ISO-8601 date-time. Writes <c>"YYYY-MM-DD"</c>.
/// </summary>
internal sealed class FlexibleDateOnlyConverter : JsonConverter<DateOnly?>
{
    // 10^11 seconds is the year 5138; anything larger must be milliseconds.
    private const long MillisecondsThreshold = 100_000_000_000;

    public override bool HandleNull => true;

    public override DateOnly? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt64(out var epoch):
                var instant = epoch >= MillisecondsThreshold
                    ? DateTimeOffset.FromUnixTimeMilliseconds(epoch)
                    : DateTimeOffset.FromUnixTimeSeconds(epoch);
                return DateOnly.FromDateTime(instant.UtcDateTime);
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return date;
                }

                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dateTime))
                {
                    return DateOnly.FromDateTime(dateTime.UtcDateTime);
                }

                if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var epochText))
                {
                    return DateOnly.FromDateTime((epochText >= MillisecondsThreshold
                        ? DateTimeOffset.FromUnixTimeMilliseconds(epochText)
                        : DateTimeOffset.FromUnixTimeSeconds(epochText)).UtcDateTime);
                }

                throw new JsonException($"'{text}' is neither a YYYY-MM-DD date, an ISO-8601 date-time nor an epoch number.");
            default:
                throw new JsonException($"Expected a date string or epoch number, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, DateOnly? value, JsonSerializerOptions options)
    {
        if (value is { } date)
        {
            writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
