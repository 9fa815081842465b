using System.Text.Json;
using Polly.RateLimiting;
using Polly.Timeout;
using System.Text.Json.Serialization.Metadata;
using PodConnect.Errors;

namespace PodConnect.Http;

/// <summary>
/// The one place where a client turns HTTP responses into results or <c>PodConnect.Errors</c>
/// exceptions. Derive one per API and override <see cref="ParseErrorBody"/> (and, if the API puts a
/// request id in a header, <see cref="RequestIdHeaders"/>):
/// <code>
/// internal sealed class GelatoErrorFunnel(TimeProvider time) : HttpErrorFunnel("gelato", time)
/// {
///     protected override RemoteErrorBody? ParseErrorBody(ReadOnlySpan&lt;byte&gt; body, int statusCode) =&gt; …;
/// }
/// // in a client method:
/// using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
/// await funnel.ThrowIfFailedAsync(response, ct).ConfigureAwait(false);
/// var order = await funnel.ReadJsonAsync(response, GelatoJsonContext.Default.Order, ct).ConfigureAwait(false);
/// </code>
/// Failed statuses are classified by the parser's <see cref="RemoteErrorBody.Kind"/> or else by
/// <see cref="RemoteErrors.KindFromStatus"/>; <c>Retry-After</c> becomes
/// <see cref="RateLimitedException.RetryAfter"/>; a body that is not valid JSON, or JSON missing what the
/// API promises, becomes <see cref="MalformedResponseException"/> (never a
/// <see cref="NullReferenceException"/>). Exception messages never contain URLs, headers or bodies.
/// </summary>
public abstract class HttpErrorFunnel
{
    /// <summary>The largest body read for an error (bigger bodies are cut; error bodies are small).</summary>
    protected const int MaxErrorBodyBytes = 64 * 1024;

    private static readonly string[] DefaultRequestIdHeaders = ["x-request-id", "request-id", "x-correlation-id"];

    /// <summary>Creates the funnel.</summary>
    /// <param name="service">The API's name in errors, e.g. <c>tiktok-shop</c>, <c>gelato</c>.</param>
    /// <param name="timeProvider">Clock for HTTP-date <c>Retry-After</c> values.</param>
    protected HttpErrorFunnel(string service, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentNullException.ThrowIfNull(timeProvider);
        Service = service;
        TimeProvider = timeProvider;
    }

    /// <summary>The API's name in errors.</summary>
    public string Service { get; }

    /// <summary>The clock used for <c>Retry-After</c> dates.</summary>
    protected TimeProvider TimeProvider { get; }

    /// <summary>Response headers that may carry the request id, tried in order (body ids win).</summary>
    protected virtual IReadOnlyList<string> RequestIdHeaders => DefaultRequestIdHeaders;

    /// <summary>
    /// Reads the API's error body. Return <c>null</c> when the body is not in the API's error shape
    /// (empty, HTML from a proxy…): the HTTP status then decides. Must not throw.
    /// </summary>
    /// <param name="body">The raw body (at most <see cref="MaxErrorBodyBytes"/>).</param>
    /// <param name="statusCode">The HTTP status.</param>
    protected abstract RemoteErrorBody? ParseErrorBody(ReadOnlySpan<byte> body, int statusCode);

    /// <summary>
    /// Sends <paramref name="request"/> and turns transport failures into typed errors: no answer
    /// within the pipeline's timeouts, or a connection dropped after the request went out →
    /// <see cref="OutcomeUnknownException"/> (read the state before repeating an action); the
    /// client-side rate limiter's queue full → <see cref="RateLimitedException"/>; a connection that
    /// could not be made at all (nothing was sent) → <see cref="ServerException"/>.
    /// Cancellation by <paramref name="cancellationToken"/> stays an <see cref="OperationCanceledException"/>.
    /// The response is returned as is, success or not; pass it to <see cref="ThrowIfFailedAsync"/>.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMessageInvoker client, HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            throw RemoteErrors.Create(RemoteErrorKind.OutcomeUnknown, new RemoteErrorDetails(Service), innerException: ex,
                summary: $"{Service} did not answer within the timeout; the outcome is unknown");
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw RemoteErrors.Create(RemoteErrorKind.OutcomeUnknown, new RemoteErrorDetails(Service), innerException: ex,
                summary: $"{Service} did not answer in time; the outcome is unknown");
        }
        catch (RateLimiterRejectedException ex)
        {
            throw RemoteErrors.Create(RemoteErrorKind.RateLimited, new RemoteErrorDetails(Service), ex.RetryAfter, ex,
                summary: $"The client-side rate limit for {Service} is exhausted and its queue is full");
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError)
        {
            throw RemoteErrors.Create(RemoteErrorKind.Server, new RemoteErrorDetails(Service, ex.StatusCode is { } s ? (int)s : null), innerException: ex,
                summary: $"{Service} could not be reached; the request was not sent");
        }
        catch (HttpRequestException ex)
        {
            throw RemoteErrors.Create(RemoteErrorKind.OutcomeUnknown, new RemoteErrorDetails(Service, ex.StatusCode is { } s ? (int)s : null), innerException: ex,
                summary: $"{Service} dropped the connection after the request was sent; the outcome is unknown");
        }
    }

    /// <summary>
    /// For <see cref="ParseErrorBody"/>: the body as a JSON document whose root is an object, or
    /// <c>null</c> when it is not JSON or not an object (a proxy's HTML page, say), so the HTTP status
    /// decides. The caller disposes the document.
    /// </summary>
    protected static JsonDocument? ParseObject(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!JsonDocument.TryParseValue(ref reader, out var document))
            {
                return null;
            }

            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Sends through <see cref="SendAsync"/> and returns the response when it succeeded; otherwise disposes it
    /// and throws the classified exception (<see cref="ThrowIfFailedAsync"/>). The caller disposes a returned
    /// response. The one way a client sends: it only builds the request (path, body, credentials, whether it
    /// may be retried).
    /// </summary>
    /// <param name="client">The client (normally the typed client's <see cref="HttpClient"/>).</param>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<HttpResponseMessage> SendCheckedAsync(HttpMessageInvoker client, HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(client, request, cancellationToken).ConfigureAwait(false);
        try
        {
            await ThrowIfFailedAsync(response, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Returns when the response is a success status; otherwise throws the classified exception.</summary>
    public virtual async Task ThrowIfFailedAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        throw await CreateExceptionAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Builds the exception for a failed response (reads its body; does not dispose it).</summary>
    public async Task<PodConnectException> CreateExceptionAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = (int)response.StatusCode;
        var body = await ReadBoundedAsync(response, cancellationToken).ConfigureAwait(false);
        RemoteErrorBody? parsed;
        try
        {
            parsed = body.Length == 0 ? null : ParseErrorBody(body, status);
        }
#pragma warning disable CA1031 // A broken error body must not hide the HTTP failure itself.
        catch (Exception)
#pragma warning restore CA1031
        {
            parsed = null;
        }

        var kind = parsed?.Kind ?? RemoteErrors.KindFromStatus(status);
        return Create(kind, response, parsed ?? default);
    }

    /// <summary>
    /// Builds the exception for a failure the API reported inside a response (e.g. an envelope
    /// <c>code != 0</c> under HTTP 200), with the status, <c>Retry-After</c> and request-id headers of
    /// <paramref name="response"/>.
    /// </summary>
    public PodConnectException Create(RemoteErrorKind kind, HttpResponseMessage? response, RemoteErrorBody error, Exception? innerException = null)
    {
        var details = new RemoteErrorDetails(
            Service,
            response is null ? null : (int)response.StatusCode,
            error.ErrorCode,
            error.Message,
            error.RequestId ?? (response is null ? null : GetRequestId(response)));
        var retryAfter = kind == RemoteErrorKind.RateLimited && response is not null ? RetryAfter.From(response, TimeProvider) : null;
        return RemoteErrors.Create(kind, details, retryAfter, innerException);
    }

    /// <summary>
    /// Deserializes a success body with source-generated metadata. Invalid JSON, a <c>null</c> document
    /// or a missing required member become <see cref="MalformedResponseException"/>.
    /// </summary>
    public async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(typeInfo);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return Deserialize(bytes, typeInfo, response);
    }

    /// <summary>Deserializes <paramref name="body"/> like <see cref="ReadJsonAsync{T}"/> does.</summary>
    public T Deserialize<T>(ReadOnlySpan<byte> body, JsonTypeInfo<T> typeInfo, HttpResponseMessage? response)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(body, typeInfo);
        }
        catch (JsonException ex)
        {
            throw Malformed(response, "the body is not valid JSON of the documented shape", ex);
        }
        catch (NotSupportedException ex)
        {
            throw Malformed(response, "the body has a shape the client cannot read", ex);
        }

        return value ?? throw Malformed(response, "the body is empty or null", null);
    }

    /// <summary>A <see cref="MalformedResponseException"/> saying what was wrong, with the response's status and request id.</summary>
    public MalformedResponseException Malformed(HttpResponseMessage? response, string problem, Exception? innerException, string? requestId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(problem);
        var details = new RemoteErrorDetails(
            Service,
            response is null ? null : (int)response.StatusCode,
            RequestId: requestId ?? (response is null ? null : GetRequestId(response)));
        return (MalformedResponseException)RemoteErrors.Create(
            RemoteErrorKind.Malformed, details, innerException: innerException,
            summary: $"{Service} answered with a body its API does not document: {problem}");
    }

    /// <summary>The first request-id header present on the response, or <c>null</c>.</summary>
    public string? GetRequestId(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        foreach (var name in RequestIdHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values))
            {
                var value = values.FirstOrDefault();
                if (!string.IsNullOrEmpty(value))
                {
                    return value;
                }
            }
        }

        return null;
    }

    private static async Task<byte[]> ReadBoundedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var buffer = new byte[MaxErrorBodyBytes];
                var total = 0;
                int read;
                while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    total += read;
                }

                return buffer[..total];
            }
        }
        catch (HttpRequestException)
        {
            // The connection dropped while reading the error body: classify by status alone.
            return [];
        }
        catch (IOException)
        {
            return [];
        }
    }
}
