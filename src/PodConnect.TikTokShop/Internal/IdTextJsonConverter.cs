using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PodConnect.TikTokShop.Internal;

/// <summary>
/// Reads an id or code that TikTok documents as a string but sometimes sends as a number: both become
/// the exact text (every digit kept); anything else is a <see cref="JsonException"/> (a malformed response).
/// </summary>
internal sealed class IdTextJsonConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence) : Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"Expected a string or number, found {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
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
