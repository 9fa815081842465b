using System.Text.Json;
using PodConnect.Http;

namespace PodConnect.Printify.Internal;

/// <summary>
/// Printify's error shape for the shared funnel: <c>{"status":"error","code":8103,"message":"Validation failed.","errors":{"reason":"…","code":8103}}</c>,
/// or <c>{"error": "…"}</c>. HTTP 402 (plan quota) is a permission failure; the rest follows the status.
/// </summary>
internal sealed class PrintifyErrorFunnel(TimeProvider timeProvider) : HttpErrorFunnel(PrintifyClient.ServiceName, timeProvider)
{
    protected override RemoteErrorBody? ParseErrorBody(ReadOnlySpan<byte> body, int statusCode)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!JsonDocument.TryParseValue(ref reader, out var parsed))
            {
                return null;
            }

            document = parsed;
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var code = Value(root, "code");
            var message = Value(root, "message") ?? Value(root, "error");
            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object && Value(errors, "reason") is { } reason)
            {
                message = message is null ? reason : $"{message} {reason}";
            }

            RemoteErrorKind? kind = statusCode == 402 ? RemoteErrorKind.Permission : null;
            return code is null && message is null ? null : new RemoteErrorBody(code, message, Kind: kind);
        }
    }

    private static string? Value(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number ? value.ToString() : null;
}
