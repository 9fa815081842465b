using System.Text.Json;
using System.Text.Json.Serialization;

namespace PodConnect.Http.Json;

/// <summary>
/// Reads a string field that a service sometimes sends as a number (Printful's own example gives
/// <c>"tracking_number": 0</c> where the schema says string): a number becomes its exact text, a string is
/// kept, <c>null</c> stays <see langword="null"/>; anything else (an object, an array, a boolean) is a
/// <see cref="JsonException"/>, which the error funnel turns into a malformed-response error. Writes a string.
/// </summary>
public sealed class FlexibleStringJsonConverter : JsonConverter<string?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => JsonNumberText.Read(ref reader),
        _ => throw new JsonException($"Expected a string or a number, found {reader.TokenType}."),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
