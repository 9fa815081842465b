using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PodConnect.Http.Json;

/// <summary>
/// Money sent as a decimal string (<c>"12.50"</c>), as TikTok and several POD APIs do. Reads a string
/// or a number with the invariant culture; writes a string with the invariant culture.
/// An empty string reads as 0 only for <see cref="decimal"/>; use <see cref="NullableDecimalStringJsonConverter"/>
/// to read it as <c>null</c>.
/// </summary>
public sealed class DecimalStringJsonConverter : JsonConverter<decimal>
{
    /// <inheritdoc />
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DecimalText.Read(ref reader) ?? 0m;

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
    }
}

/// <summary>Like <see cref="DecimalStringJsonConverter"/> for <c>decimal?</c>: JSON <c>null</c> and <c>""</c> read as <c>null</c>.</summary>
public sealed class NullableDecimalStringJsonConverter : JsonConverter<decimal?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : DecimalText.Read(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v)
        {
            writer.WriteStringValue(v.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

internal static class DecimalText
{
    public static decimal? Read(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.GetDecimal();
            case JsonTokenType.String:
                ReadOnlySpan<byte> span = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
                if (span.Length == 0)
                {
                    return null;
                }

                if (Utf8Parser.TryParse(span, out decimal value, out var consumed) && consumed == span.Length)
                {
                    return value;
                }

                throw new JsonException("Expected a decimal number in a string, e.g. \"12.50\".");
            default:
                throw new JsonException($"Expected a decimal string, found {reader.TokenType}.");
        }
    }
}
