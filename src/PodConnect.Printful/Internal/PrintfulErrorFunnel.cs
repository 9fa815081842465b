using System.Text.Json;
using PodConnect.Http;

namespace PodConnect.Printful.Internal;

/// <summary>
/// Printful's two error shapes for the shared funnel: v1 <c>{"code":400,"result":"msg","error":{"reason","message"}}</c>
/// and v2 problem details <c>{"type","status","title","details","instance"}</c>. An order error whose
/// text names <c>OR-13</c> / <c>EXTERNAL_ID_IN_USE</c> (wire form UNCONFIRMED) is classified as a conflict
/// with code <c>OR-13</c>, so placement can recognise "this external id already has an order".
/// </summary>
internal sealed class PrintfulErrorFunnel(TimeProvider timeProvider) : HttpErrorFunnel(PrintfulClient.ServiceName, timeProvider)
{
    public const string ExternalIdInUse = "OR-13";

    public const string NoLongerEditable = "OR-1";

    protected override RemoteErrorBody? ParseErrorBody(ReadOnlySpan<byte> body, int statusCode)
    {
        using var document = ParseObject(body);
        if (document is null)
        {
            return null; // Not a JSON object (a proxy's HTML page, say): the status decides.
        }

        var root = document.RootElement;
        if (Text(root, "title") is { } title)
        {
            // v2 problem details; "details" per the spec, "detail" per RFC 7807.
            var detail = Text(root, "details") ?? Text(root, "detail");
            var code = Text(root, "type") is { } type ? type[(type.LastIndexOf('/') + 1)..].TrimStart('#') : null;
            return Classify(code, detail is null ? title : $"{title}: {detail}", Text(root, "instance"));
        }

        var error = root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object ? e : default;
        var reason = error.ValueKind == JsonValueKind.Object ? Text(error, "reason") : null;
        var message = (error.ValueKind == JsonValueKind.Object ? Text(error, "message") : null) ?? Text(root, "result");
        return reason is null && message is null ? null : Classify(reason, message, null);
    }

    /// <summary>Whether a text names Printful's external-id-in-use order error.</summary>
    public static bool NamesExternalIdInUse(string? text) =>
        text is not null
        && (text.Contains("OR-13", StringComparison.OrdinalIgnoreCase)
            || text.Contains("EXTERNAL_ID_IN_USE", StringComparison.OrdinalIgnoreCase)
            || (text.Contains("external", StringComparison.OrdinalIgnoreCase) && text.Contains("already", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Whether a text names <c>OR-1 ORDER_NO_LONGER_EDITABLE</c> (the order is past the point of change).</summary>
    public static bool NamesNoLongerEditable(string? text) =>
        text is not null
        && (text.Contains("ORDER_NO_LONGER_EDITABLE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("OR-1 ", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "OR-1", StringComparison.OrdinalIgnoreCase));

    private static RemoteErrorBody Classify(string? code, string? message, string? requestId) =>
        NamesExternalIdInUse(code) || NamesExternalIdInUse(message)
            ? new RemoteErrorBody(ExternalIdInUse, message, requestId, RemoteErrorKind.Conflict)
            : NamesNoLongerEditable(code) || NamesNoLongerEditable(message)
                ? new RemoteErrorBody(NoLongerEditable, message, requestId, RemoteErrorKind.Conflict)
                : new RemoteErrorBody(code, message, requestId);

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
