using System.Text.Json;
using System.Text.Json.Serialization;
using PodConnect.Gelato.Models;

namespace PodConnect.Gelato.Serialization;

/// <summary>Reads and writes <see cref="GelatoFulfillmentStatus"/> as its string; any string is accepted.</summary>
internal sealed class GelatoFulfillmentStatusJsonConverter : JsonConverter<GelatoFulfillmentStatus>
{
    public override GelatoFulfillmentStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? new GelatoFulfillmentStatus(reader.GetString()!)
            : throw new JsonException($"Expected a string status, got {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, GelatoFulfillmentStatus value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
