using System.Text.Json;
using PodConnect.Http;

namespace PodConnect.Tests.Http;

/// <summary>A funnel for a made-up API whose errors look like {"code":"X","message":"..","request_id":".."}.</summary>
internal sealed class SampleFunnel(TimeProvider time) : HttpErrorFunnel("sample-api", time)
{
    protected override IReadOnlyList<string> RequestIdHeaders => ["x-sample-request-id"];

    protected override RemoteErrorBody? ParseErrorBody(ReadOnlySpan<byte> body, int statusCode)
    {
        using var doc = JsonDocument.Parse(body.ToArray());
        if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("code", out var code))
        {
            return null;
        }

        var codeText = code.ToString();
        var message = doc.RootElement.TryGetProperty("message", out var m) ? m.GetString() : null;
        var requestId = doc.RootElement.TryGetProperty("request_id", out var r) ? r.GetString() : null;
        RemoteErrorKind? kind = codeText == "TOKEN_EXPIRED" ? RemoteErrorKind.TokenExpired : null;
        return new RemoteErrorBody(codeText, message, requestId, kind);
    }
}
