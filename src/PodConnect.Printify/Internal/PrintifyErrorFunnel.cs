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
        using var document = ParseObject(body);
        if (document is null)
        {
            return null; // Not a JSON object (a proxy's HTML page, say): the status decides.
        }

        var root = document.RootElement;
        var code = Value(root, "code");
        var message = Value(root, "message") ?? Value(root, "error");
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object && Value(errors, "reason") is { } reason)
        {
            message = message is null ? reason : $"{message} {reason}";
        }

        RemoteErrorKind? kind = statusCode == 402 ? RemoteErrorKind.Permission : null;
        return code is null && message is null ? null : new RemoteErrorBody(code, message, Kind: kind);
    }

    private static string? Value(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number ? value.ToString() : null;
}
