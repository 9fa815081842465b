using System.Text.Json;
using PodConnect.Http;

namespace PodConnect.TikTokShop.Errors;

/// <summary>Maps TikTok's envelope errors and HTTP statuses to <c>PodConnect.Errors</c>.</summary>
internal sealed class TikTokShopErrorFunnel(TimeProvider timeProvider) : HttpErrorFunnel(ServiceName, timeProvider)
{
    public const string ServiceName = "tiktok-shop";

    private static readonly string[] Headers = ["x-tt-logid", "x-request-id"];

    protected override IReadOnlyList<string> RequestIdHeaders => Headers;

    protected override RemoteErrorBody? ParseErrorBody(ReadOnlySpan<byte> body, int statusCode)
    {
        var reader = new Utf8JsonReader(body);
        if (!JsonDocument.TryParseValue(ref reader, out var document))
        {
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("code", out var codeElement)
                || !codeElement.TryGetInt32(out var code))
            {
                return null;
            }

            var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            var requestId = root.TryGetProperty("request_id", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            return ToError(code, message, requestId);
        }
    }

    public static RemoteErrorBody ToError(int code, string? message, string? requestId) =>
        new(code.ToString(System.Globalization.CultureInfo.InvariantCulture), message, requestId, TikTokShopErrorCodes.Classify(code, message));
}
