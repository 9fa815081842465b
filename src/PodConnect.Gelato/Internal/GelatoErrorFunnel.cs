using System.Text.Json;
using PodConnect.Http;

namespace PodConnect.Gelato.Internal;

/// <summary>
/// Gelato's error shape for the shared funnel: <c>{"message": "…"}</c>, sometimes with <c>code</c>
/// (the extras are UNCONFIRMED). Anything else leaves the HTTP status to decide; 409 on cancel becomes a
/// <see cref="Errors.ConflictException"/> through the status.
/// </summary>
internal sealed class GelatoErrorFunnel(TimeProvider timeProvider) : HttpErrorFunnel(GelatoClient.ServiceName, timeProvider)
{
    protected override RemoteErrorBody? ParseErrorBody(ReadOnlySpan<byte> body, int statusCode)
    {
        using var document = ParseObject(body);
        if (document is null)
        {
            return null; // Not a JSON object (a proxy's HTML page, say): the status decides.
        }

        var root = document.RootElement;
        var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        var code = root.TryGetProperty("code", out var c) && c.ValueKind is JsonValueKind.String or JsonValueKind.Number ? c.ToString() : null;
        return message is null && code is null ? null : new RemoteErrorBody(code, message);
    }
}
