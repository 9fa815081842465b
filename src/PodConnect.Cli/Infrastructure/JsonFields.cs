using System.Globalization;
using System.Text.Json;

namespace PodConnect.Cli.Infrastructure;

/// <summary>
/// Reads the CLI's input files (order, scenario) field by field. Every error is an
/// <see cref="InvalidDataException"/> naming the file and the field path, e.g.
/// <c>scenario.json: demand[2].ordersPerDay must be a number from 0 to 1000000</c>.
/// </summary>
internal static class JsonFields
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Parses <paramref name="text"/> and reads it with <paramref name="read"/>; errors carry <paramref name="source"/> (a file name).</summary>
    public static T Read<T>(string source, string text, Func<JsonElement, T> read)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }

        using (doc)
        {
            try
            {
                EnsureDecodable(doc.RootElement, "$");
                return read(doc.RootElement);
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"{source}: {e.Message}", e);
            }
        }
    }

    /// <summary>
    /// Refuses a <c>\uD800</c>-style escape without its pair anywhere in the document: System.Text.Json
    /// parses it but throws InvalidOperationException when the string or property name is read or looked up.
    /// </summary>
    private static void EnsureDecodable(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        throw new ArgumentException($"a key in {path} is not valid Unicode text (an escape such as \\uD800 without its pair).");
                    }

                    EnsureDecodable(property.Value, $"{path}.{name}");
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    EnsureDecodable(item, $"{path}[{i++}]");
                }

                break;
            case JsonValueKind.String:
                try
                {
                    _ = element.GetString();
                }
                catch (InvalidOperationException)
                {
                    throw new ArgumentException($"{path} is not valid Unicode text (an escape such as \\uD800 without its pair).");
                }

                break;
        }
    }

    /// <summary>The error for a required field that is absent.</summary>
    public static ArgumentException Missing(string field) => new($"{field} is missing.");

    /// <summary>The error for a field with a wrong value; <paramref name="expected"/> says what would be right.</summary>
    public static ArgumentException Invalid(string field, string expected) => new($"{field} must be {expected}.");

    public static bool Has(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    public static string? String(JsonElement element, string name, string prefix = "")
    {
        if (!Has(element, name))
        {
            return null;
        }

        var value = element.GetProperty(name);
        return value.ValueKind == JsonValueKind.Number ? value.GetRawText() : StringValue(value, prefix + name);
    }

    /// <summary>A JSON string's text (<see cref="Read{T}"/> has checked that it decodes).</summary>
    public static string StringValue(JsonElement value, string field) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Invalid(field, "a string");

    /// <summary>An ISO 8601 instant with an offset, or Unix seconds (as TikTok sends deadlines).</summary>
    public static DateTimeOffset? Instant(JsonElement element, string name, string prefix = "")
    {
        if (!Has(element, name))
        {
            return null;
        }

        var value = element.GetProperty(name);
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds) && seconds is >= 0 and < 253402300800)
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        return value.ValueKind == JsonValueKind.String && Instants.TryParse(StringValue(value, prefix + name), out var instant)
            ? instant
            : throw Invalid(prefix + name, "an ISO 8601 instant with an offset (e.g. 2026-11-24T09:00:00Z) or Unix seconds");
    }

    public static double? Number(JsonElement element, string name, string prefix, double min, double max)
    {
        if (!Has(element, name))
        {
            return null;
        }

        var value = element.GetProperty(name);
        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && d >= min && d <= max
            ? d
            : throw Invalid(prefix + name, string.Create(CultureInfo.InvariantCulture, $"a number from {min} to {max}"));
    }

    public static int? Int(JsonElement element, string name, string prefix, int min, int max)
    {
        if (!Has(element, name))
        {
            return null;
        }

        var value = element.GetProperty(name);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var i) && i >= min && i <= max
            ? i
            : throw Invalid(prefix + name, string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}"));
    }

    public static bool? Bool(JsonElement element, string name, string prefix = "")
    {
        if (!Has(element, name))
        {
            return null;
        }

        var value = element.GetProperty(name);
        return value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : throw Invalid(prefix + name, "true or false");
    }

    public static JsonElement? Object(JsonElement element, string name, string prefix = "")
    {
        if (!Has(element, name))
        {
            return null;
        }

        var value = element.GetProperty(name);
        return value.ValueKind == JsonValueKind.Object ? value : throw Invalid(prefix + name, "an object { ... }");
    }

    public static JsonElement? Array(JsonElement element, string name, string prefix = "")
    {
        if (!Has(element, name))
        {
            return null;
        }

        var value = element.GetProperty(name);
        return value.ValueKind == JsonValueKind.Array ? value : throw Invalid(prefix + name, "an array [ ... ]");
    }
}
