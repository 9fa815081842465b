using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PodConnect.Printful.Tests.OpenApi;

/// <summary>
/// Checks JSON against the schemas of an OpenAPI 3.0 document, for the subset of JSON Schema that
/// Printful's published specs use: <c>$ref</c>, <c>type</c>, <c>nullable</c>, <c>properties</c>,
/// <c>required</c>, <c>additionalProperties</c>, <c>items</c>, <c>enum</c>, <c>allOf</c>/<c>anyOf</c>/<c>oneOf</c>
/// (with <c>discriminator</c>), <c>minLength</c>/<c>maxLength</c>, <c>minimum</c>/<c>maximum</c>,
/// <c>multipleOf</c>, <c>format: date</c>, <c>readOnly</c>/<c>writeOnly</c>.
/// <para>
/// In <see cref="Mode.StrictRequest"/> it is stricter than OpenAPI's defaults, on purpose: a request
/// may not carry a property the schema does not declare (a misspelt field would otherwise pass
/// silently and be ignored by the server) nor a <c>readOnly</c> one; <c>required</c> ignores readOnly
/// properties, as OpenAPI says for requests. <see cref="Mode.Response"/> allows undeclared properties.
/// </para>
/// Written for these tests instead of taking a validator package: the partial NuGet mirror has no
/// OpenAPI 3.0 validator, and JSON Schema validators do not know <c>nullable</c>/<c>readOnly</c>.
/// </summary>
internal sealed class OpenApiSchemaChecker
{
    private readonly JsonNode _document;

    public OpenApiSchemaChecker(string path) => _document = JsonNode.Parse(File.ReadAllText(path))!;

    public enum Mode
    {
        StrictRequest,
        Response,
    }

    /// <summary>The schema of a path's request body, e.g. (<c>/orders</c>, <c>post</c>).</summary>
    public JsonNode RequestSchema(string path, string method) =>
        Schema(Resolve(_document["paths"]![path]![method]!["requestBody"]!));

    /// <summary>The schema of a path's response for a status.</summary>
    public JsonNode ResponseSchema(string path, string method, string status) =>
        Schema(Resolve(_document["paths"]![path]![method]!["responses"]![status]!));

    /// <summary>The schema of a webhook's body (<c>x-webhooks</c>).</summary>
    public JsonNode WebhookSchema(string eventType) =>
        Schema(Resolve(_document["x-webhooks"]![eventType]!["post"]!["requestBody"]!));

    /// <summary>A query or header parameter's schema by name.</summary>
    public JsonNode ParameterSchema(string path, string method, string name)
    {
        foreach (var parameter in _document["paths"]![path]![method]!["parameters"]!.AsArray())
        {
            var resolved = Resolve(parameter!);
            if (resolved["name"]!.GetValue<string>() == name)
            {
                return Resolve(resolved["schema"]!);
            }
        }

        throw new InvalidOperationException($"{method.ToUpperInvariant()} {path} has no parameter '{name}'.");
    }

    public IReadOnlyList<string> Validate(JsonNode? instance, JsonNode schema, Mode mode)
    {
        var errors = new List<string>();
        Check(instance, schema, "$", mode, checkUnknown: true, errors);
        return errors;
    }

    private static JsonNode Schema(JsonNode holder) => holder["content"]!["application/json"]!["schema"]!;

    private JsonNode Resolve(JsonNode node)
    {
        while (node is JsonObject obj && obj["$ref"] is { } reference)
        {
            node = Pointer(reference.GetValue<string>());
        }

        return node;
    }

    private JsonNode Pointer(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local references are supported: {reference}");
        }

        JsonNode node = _document;
        foreach (var part in reference[2..].Split('/'))
        {
            node = node[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)]
                ?? throw new InvalidOperationException($"Unresolvable reference {reference}");
        }

        return node;
    }

    private void Check(JsonNode? instance, JsonNode rawSchema, string path, Mode mode, bool checkUnknown, List<string> errors)
    {
        var schema = Resolve(rawSchema).AsObject();

        if (instance is null)
        {
            if (schema["nullable"]?.GetValue<bool>() != true && HasType(schema))
            {
                errors.Add($"{path}: null is not allowed");
            }

            return;
        }

        foreach (var part in schema["allOf"]?.AsArray() ?? [])
        {
            Check(instance, part!, path, mode, checkUnknown: false, errors);
        }

        if (schema["oneOf"] is JsonArray oneOf)
        {
            CheckAlternatives(instance, schema, oneOf, path, mode, exactlyOne: true, errors);
        }

        if (schema["anyOf"] is JsonArray anyOf)
        {
            CheckAlternatives(instance, schema, anyOf, path, mode, exactlyOne: false, errors);
        }

        if (schema["type"]?.GetValue<string>() is { } type && !IsType(instance, type))
        {
            errors.Add($"{path}: expected {type}, found {Describe(instance)}");
            return;
        }

        if (schema["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, instance)))
        {
            errors.Add($"{path}: {instance.ToJsonString()} is not one of {values.ToJsonString()}");
        }

        switch (instance)
        {
            case JsonObject obj:
                CheckObject(obj, schema, path, mode, checkUnknown, errors);
                break;
            case JsonArray array when schema["items"] is { } items:
                for (var i = 0; i < array.Count; i++)
                {
                    Check(array[i], items, $"{path}[{i}]", mode, checkUnknown: true, errors);
                }

                break;
            case JsonValue value:
                CheckValue(value, schema, path, errors);
                break;
        }
    }

    private void CheckAlternatives(JsonNode instance, JsonObject schema, JsonArray alternatives, string path, Mode mode, bool exactlyOne, List<string> errors)
    {
        if (schema["discriminator"] is JsonObject discriminator && instance is JsonObject obj
            && obj[discriminator["propertyName"]!.GetValue<string>()]?.GetValue<string>() is { } tag
            && discriminator["mapping"]?[tag]?.GetValue<string>() is { } mapped)
        {
            Check(instance, Pointer(mapped), path, mode, checkUnknown: true, errors);
            return;
        }

        var passing = 0;
        var reasons = new List<string>();
        foreach (var alternative in alternatives)
        {
            var attempt = new List<string>();
            Check(instance, alternative!, path, mode, checkUnknown: true, attempt);
            if (attempt.Count == 0)
            {
                passing++;
            }
            else
            {
                reasons.AddRange(attempt);
            }
        }

        if (passing == 0)
        {
            errors.Add($"{path}: matches none of the alternatives ({string.Join("; ", reasons)})");
        }
        else if (exactlyOne && passing > 1)
        {
            errors.Add($"{path}: matches {passing} oneOf alternatives, exactly one expected");
        }
    }

    private void CheckObject(JsonObject obj, JsonObject schema, string path, Mode mode, bool checkUnknown, List<string> errors)
    {
        var declared = DeclaredProperties(schema);
        foreach (var required in schema["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [])
        {
            var readOnly = declared.TryGetValue(required, out var property) && Flag(property, "readOnly");
            if (!obj.ContainsKey(required) && !(mode == Mode.StrictRequest && readOnly))
            {
                errors.Add($"{path}: required property '{required}' is missing");
            }
        }

        var own = schema["properties"] as JsonObject;
        foreach (var (name, value) in obj)
        {
            if (own?[name] is { } propertySchema)
            {
                if (mode == Mode.StrictRequest && Flag(propertySchema, "readOnly"))
                {
                    errors.Add($"{path}.{name}: is readOnly and must not be sent");
                }

                Check(value, propertySchema, $"{path}.{name}", mode, checkUnknown: true, errors);
            }
            else if (!declared.ContainsKey(name))
            {
                if (schema["additionalProperties"] is JsonObject additional)
                {
                    Check(value, additional, $"{path}.{name}", mode, checkUnknown: true, errors);
                }
                else if (schema["additionalProperties"] is JsonValue allowed && !allowed.GetValue<bool>())
                {
                    errors.Add($"{path}.{name}: is not allowed (additionalProperties: false)");
                }
                else if (checkUnknown && mode == Mode.StrictRequest && declared.Count > 0)
                {
                    errors.Add($"{path}.{name}: is not declared by the schema");
                }
            }
        }
    }

    private Dictionary<string, JsonNode> DeclaredProperties(JsonObject schema)
    {
        var result = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        void Collect(JsonNode node)
        {
            var resolved = Resolve(node);
            foreach (var (name, property) in resolved["properties"] as JsonObject ?? [])
            {
                // In allOf overlays (e.g. OrderEvent) a later branch may only flip flags; keep the fullest definition.
                if (!result.TryGetValue(name, out var known) || (known is JsonObject k && k.Count < (property as JsonObject)?.Count))
                {
                    result[name] = property!;
                }
            }

            foreach (var part in resolved["allOf"]?.AsArray() ?? [])
            {
                Collect(part!);
            }
        }

        Collect(schema);
        return result;
    }

    private static void CheckValue(JsonValue value, JsonObject schema, string path, List<string> errors)
    {
        if (value.TryGetValue<string>(out var text))
        {
            if (schema["maxLength"]?.GetValue<int>() is { } max && text.Length > max)
            {
                errors.Add($"{path}: longer than maxLength {max}");
            }

            if (schema["minLength"]?.GetValue<int>() is { } min && text.Length < min)
            {
                errors.Add($"{path}: shorter than minLength {min}");
            }

            if (schema["format"]?.GetValue<string>() == "date" && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                errors.Add($"{path}: '{text}' is not a date (YYYY-MM-DD)");
            }

            if (schema["pattern"]?.GetValue<string>() is { } pattern && !Regex.IsMatch(text, pattern))
            {
                errors.Add($"{path}: '{text}' does not match {pattern}");
            }

            return;
        }

        if (value.TryGetValue<decimal>(out var number) || (value.GetValueKind() == System.Text.Json.JsonValueKind.Number && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number)))
        {
            if (schema["minimum"] is { } minimum && number < minimum.GetValue<decimal>())
            {
                errors.Add($"{path}: {number} is below the minimum {minimum}");
            }

            if (schema["maximum"] is { } maximum && number > maximum.GetValue<decimal>())
            {
                errors.Add($"{path}: {number} is above the maximum {maximum}");
            }

            if (schema["multipleOf"] is { } step && number % step.GetValue<decimal>() != 0)
            {
                errors.Add($"{path}: {number} is not a multiple of {step}");
            }
        }
    }

    private static bool HasType(JsonObject schema) => schema["type"] is not null;

    private static bool Flag(JsonNode schema, string name) => schema[name] is JsonValue v && v.GetValue<bool>();

    private static bool IsType(JsonNode instance, string type) => type switch
    {
        "object" => instance is JsonObject,
        "array" => instance is JsonArray,
        "string" => instance is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String,
        "boolean" => instance is JsonValue b && b.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
        "number" => instance is JsonValue n && n.GetValueKind() == System.Text.Json.JsonValueKind.Number,
        "integer" => instance is JsonValue i && i.GetValueKind() == System.Text.Json.JsonValueKind.Number && !i.ToJsonString().Contains('.', StringComparison.Ordinal) && !i.ToJsonString().Contains('e', StringComparison.OrdinalIgnoreCase),
        _ => true,
    };

    private static string Describe(JsonNode instance) => instance switch
    {
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v => $"{v.GetValueKind().ToString().ToLowerInvariant()} {v.ToJsonString()}",
        _ => "?",
    };
}
