using System.Text.Json;
using PodConnect.Errors;
using PodConnect.Http;

namespace PodConnect.Prodigi.Internal;

/// <summary>
/// Prodigi's error shapes for the shared funnel: <c>{"outcome":"ValidationFailed","failures":{path:[{code,providedValue}]},"traceParent"}</c>
/// and the base error <c>{"statusText","statusCode","data","traceParent"}</c>. The <c>traceParent</c> (body,
/// else the <c>traceparent</c> header) is the request id. A <c>ValidationFailed</c> answer becomes a
/// <see cref="ProdigiValidationException"/> carrying each failing path and code; echoed values
/// (<c>providedValue</c>) are dropped because they are personal data.
/// </summary>
internal sealed class ProdigiErrorFunnel(TimeProvider timeProvider) : HttpErrorFunnel(ProdigiClient.ServiceName, timeProvider)
{
    private static readonly string[] TraceHeaders = ["traceparent", "x-request-id"];

    protected override IReadOnlyList<string> RequestIdHeaders => TraceHeaders;

    /// <summary>As the shared funnel, but a <c>ValidationFailed</c> body throws <see cref="ProdigiValidationException"/>.</summary>
    public override async Task ThrowIfFailedAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        // Buffer (bounded) so the body can be read for the failures and again by the shared funnel.
        try
        {
            await response.Content.LoadIntoBufferAsync(MaxErrorBodyBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            // Too big or cut off: the status alone decides.
            throw Create(RemoteErrors.KindFromStatus((int)response.StatusCode), response, default, e);
        }

        var exception = await CreateExceptionAsync(response, cancellationToken).ConfigureAwait(false);
        if (exception is ValidationException)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (ReadFailures(body) is { Count: > 0 } failures)
            {
                throw new ProdigiValidationException(exception.Message, failures, exception.Details);
            }
        }

        throw exception;
    }

    protected override RemoteErrorBody? ParseErrorBody(ReadOnlySpan<byte> body, int statusCode)
    {
        using var document = TryParse(body);
        if (document is null || document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var root = document.RootElement;
        var trace = Text(root, "traceParent");
        var outcome = Text(root, "outcome");
        var message = Text(root, "statusText");
        if (Failures(root) is { Count: > 0 } failures)
        {
            message = string.Join("; ", failures.Select(f => $"{f.Key}: {string.Join(", ", f.Value)}"));
        }

        var code = outcome ?? (root.TryGetProperty("statusCode", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetRawText() : null);
        return code is null && message is null && trace is null ? null : new RemoteErrorBody(code, message, trace);
    }

    /// <summary>The failures of a <c>ValidationFailed</c> body, or <see langword="null"/> when it has none.</summary>
    internal static IReadOnlyDictionary<string, IReadOnlyList<string>>? ReadFailures(ReadOnlySpan<byte> body)
    {
        using var document = TryParse(body);
        try
        {
            return document is { RootElement.ValueKind: JsonValueKind.Object } ? Failures(document.RootElement) : null;
        }
        catch (InvalidOperationException)
        {
            return null; // Invalid UTF-8 or a lone surrogate in a name or code: no readable failures.
        }
    }

    private static Dictionary<string, IReadOnlyList<string>>? Failures(JsonElement root)
    {
        if (!TryGet(root, "failures", out var failures) || failures.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var path in failures.EnumerateObject())
        {
            var codes = new List<string>();
            if (path.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var failure in path.Value.EnumerateArray())
                {
                    if (failure.ValueKind == JsonValueKind.Object && Text(failure, "code") is { } code)
                    {
                        codes.Add(code);
                    }
                }
            }

            result[path.Name] = codes;
        }

        return result;
    }

    private static JsonDocument? TryParse(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            return JsonDocument.TryParseValue(ref reader, out var document) ? document : null;
        }
        catch (JsonException)
        {
            return null; // Not JSON (a proxy's page): the status decides.
        }
    }

    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        // Prodigi's casing varies between documents and responses; match names without regard to case.
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string? Text(JsonElement element, string name) =>
        TryGet(element, name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
