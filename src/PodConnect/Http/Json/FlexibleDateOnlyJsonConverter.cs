using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PodConnect.Http.Json;

/// <summary>
/// Reads a date that providers send in more than one form: <c>"YYYY-MM-DD"</c> (Gelato v4), a UNIX
/// epoch number in seconds or milliseconds (Gelato v3, Printful's v1 spec), epoch digits in a string,
/// or an ISO-8601 date-time (its UTC date is taken). Empty text reads as null. Writes <c>"YYYY-MM-DD"</c>.
/// </summary>
public sealed class FlexibleDateOnlyJsonConverter : JsonConverter<DateOnly?>
{
    // 10^11 seconds is the year 5138; anything larger must be milliseconds.
    private const long MillisecondsThreshold = 100_000_000_000;

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override DateOnly? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt64(out var epoch):
                var instant = epoch >= MillisecondsThreshold
                    ? UnixNumber.FromMilliseconds(epoch)
                    : UnixNumber.FromSeconds(epoch);
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
                        ? UnixNumber.FromMilliseconds(epochText)
                        : UnixNumber.FromSeconds(epochText)).UtcDateTime);
                }

                throw new JsonException($"'{text}' is neither a YYYY-MM-DD date, an ISO-8601 date-time nor an epoch number.");
            default:
                throw new JsonException($"Expected a date string or epoch number, got {reader.TokenType}.");
        }
    }

    /// <inheritdoc />
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
