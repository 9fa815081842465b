using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PodConnect.Http.Json;

/// <summary>
/// A <see cref="DateTimeOffset"/> sent as Unix seconds (a number or a numeric string), written as a
/// number. Results are in UTC.
/// </summary>
public sealed class UnixSecondsJsonConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        UnixNumber.FromSeconds(UnixNumber.Read(ref reader) ?? throw new JsonException("Expected Unix seconds, found an empty string."));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.ToUnixTimeSeconds());
    }
}

/// <summary>
/// A <c>DateTimeOffset?</c> sent as Unix seconds. JSON <c>null</c>, <c>""</c> and <c>0</c> read as
/// <c>null</c>: APIs such as TikTok's send 0 for "not happened yet".
/// </summary>
public sealed class NullableUnixSecondsJsonConverter : JsonConverter<DateTimeOffset?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null || UnixNumber.Read(ref reader) is not { } seconds || seconds == 0
            ? null
            : UnixNumber.FromSeconds(seconds);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v)
        {
            writer.WriteNumberValue(v.ToUnixTimeSeconds());
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>A <c>DateTimeOffset?</c> sent as Unix milliseconds; <c>null</c>, <c>""</c> and <c>0</c> read as <c>null</c>.</summary>
public sealed class NullableUnixMillisecondsJsonConverter : JsonConverter<DateTimeOffset?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null || UnixNumber.Read(ref reader) is not { } ms || ms == 0
            ? null
            : UnixNumber.FromMilliseconds(ms);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v)
        {
            writer.WriteNumberValue(v.ToUnixTimeMilliseconds());
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

internal static class UnixNumber
{
    private static readonly long MinSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly long MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();
    private static readonly long MinMilliseconds = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
    private static readonly long MaxMilliseconds = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    /// <summary>Unix seconds as an instant; a value outside the years 1–9999 is malformed input, not a crash.</summary>
    public static DateTimeOffset FromSeconds(long seconds) =>
        seconds >= MinSeconds && seconds <= MaxSeconds
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : throw new JsonException($"Unix time {seconds} s is outside the range of a date (years 1 to 9999).");

    /// <summary>Unix milliseconds as an instant; out of range is malformed input.</summary>
    public static DateTimeOffset FromMilliseconds(long milliseconds) =>
        milliseconds >= MinMilliseconds && milliseconds <= MaxMilliseconds
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
            : throw new JsonException($"Unix time {milliseconds} ms is outside the range of a date (years 1 to 9999).");

    public static long? Read(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out var n))
                {
                    return n;
                }

                throw new JsonException("Expected a whole number of Unix seconds or milliseconds.");
            case JsonTokenType.String:
                ReadOnlySpan<byte> span = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
                if (span.Length == 0)
                {
                    return null;
                }

                if (Utf8Parser.TryParse(span, out long value, out var consumed) && consumed == span.Length)
                {
                    return value;
                }

                throw new JsonException("Expected a Unix time as a number or numeric string.");
            default:
                throw new JsonException($"Expected a Unix time, found {reader.TokenType}.");
        }
    }
}
