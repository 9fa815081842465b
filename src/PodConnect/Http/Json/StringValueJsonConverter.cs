using System.Text.Json;
using System.Text.Json.Serialization;

namespace PodConnect.Http.Json;

/// <summary>
/// Reads and writes an <see cref="IStringValue{TSelf}"/> struct as a JSON string. Any string is
/// accepted (unknown values are kept, never rejected); a JSON number is accepted as its text, since
/// some APIs send numeric codes where they document strings. Works with source generation.
/// </summary>
/// <typeparam name="T">The string-backed struct.</typeparam>
public sealed class StringValueJsonConverter<T> : JsonConverter<T>
    where T : struct, IStringValue<T>
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => T.FromValue(reader.GetString()!),
        JsonTokenType.Number => T.FromValue(JsonNumberText.Read(ref reader)),
        _ => throw new JsonException($"Expected a string for {typeof(T).Name}, found {reader.TokenType}."),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value ?? string.Empty);
    }
}
