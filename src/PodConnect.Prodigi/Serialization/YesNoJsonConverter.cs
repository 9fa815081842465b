using System.Text.Json;
using System.Text.Json.Serialization;

namespace PodConnect.Prodigi.Serialization;

/// <summary>Reads Prodigi's action availability: <c>"Yes"</c>/<c>"No"</c> (the reference) or <c>true</c>/<c>false</c> (SDKs). Anything else is <see langword="false"/>: an action we cannot read as available is not taken.</summary>
internal sealed class YesNoJsonConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.String => reader.ValueTextEquals("Yes"u8) || reader.ValueTextEquals("yes"u8) || reader.ValueTextEquals("true"u8) || reader.ValueTextEquals("True"u8),
        JsonTokenType.StartObject or JsonTokenType.StartArray => Skip(ref reader),
        _ => false,
    };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value ? "Yes" : "No");

    private static bool Skip(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return false;
    }
}
