using System.Net;
using System.Text.Json;
using PodConnect.Errors;

namespace PodConnect.Gelato;

/// <summary>
/// Turns a failed Gelato response into the hub's typed exceptions. Gelato's error body is
/// <c>{"message": "…"}</c>, sometimes with <c>code</c> and <c>errors[]</c> (the extras UNCONFIRMED);
/// a body that is not JSON still yields an exception typed by the HTTP status.
/// </summary>
internal static class GelatoErrorFunnel
{
    private const int MaxQuotedBody = 300;

    public static PodConnectException ToException(HttpStatusCode status, string body, TimeSpan? retryAfter, string? requestId, string operation)
    {
        var (message, code) = ReadError(body);
        var details = new RemoteErrorDetails(GelatoClient.ServiceName, (int)status, code, message, requestId);
        var text = $"Gelato {operation} failed with HTTP {(int)status}: {message ?? "(no message)"}";
        return (int)status switch
        {
            400 or 422 => new ValidationException(text, details),
            401 => new AuthenticationException(text + " Check GelatoClientOptions.ApiKey.", details),
            403 => new PermissionException(text, details),
            404 => new NotFoundException(text, details),
            409 => new ConflictException(text, details),
            429 => new RateLimitedException(text, retryAfter, details),
            >= 500 => new ServerException(text, details),
            _ => new PodConnectException(text, details),
        };
    }

    private static (string? Message, string? Code) ReadError(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                var root = document.RootElement;
                var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                var code = root.TryGetProperty("code", out var c) ? c.ToString() : null;
                return (message ?? Quote(body), code);
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, say): quote the start of it below.
        }

        return (Quote(body), null);
    }

    private static string Quote(string body) => body.Length <= MaxQuotedBody ? body : body[..MaxQuotedBody] + "…";
}
