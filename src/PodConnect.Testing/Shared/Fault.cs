namespace PodConnect.Testing.Common;

/// <summary>
/// A failure a fake server injects instead of (or before) its normal answer. Combine with
/// <see cref="FaultInjector"/> to fail the next N matching requests.
/// </summary>
public abstract record Fault
{
    /// <summary>HTTP 429, with <c>Retry-After</c> in seconds when <paramref name="retryAfter"/> is given, and an optional body.</summary>
    public static Fault RateLimited(TimeSpan? retryAfter = null, string? body = null) =>
        new StatusFault(429, body, retryAfter is { } r ? new Dictionary<string, string> { ["Retry-After"] = ((int)Math.Ceiling(r.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture) } : null);

    /// <summary>A 5xx (default 503) with an optional body.</summary>
    public static Fault ServerError(int status = 503, string? body = null) => new StatusFault(status, body, null);

    /// <summary>Any status and body, with optional headers.</summary>
    public static Fault Status(int status, string? body, IReadOnlyDictionary<string, string>? headers = null) => new StatusFault(status, body, headers);

    /// <summary>HTTP 200 with a body that is not what the API documents (default: truncated JSON).</summary>
    public static Fault MalformedBody(string body = "{\"code\":0,\"data\":{") => new StatusFault(200, body, null);

    /// <summary>HTTP <paramref name="status"/> (default 200) with exactly these bytes as the body (JSON content type), e.g. a fuzzed body that need not be valid UTF-8.</summary>
    public static Fault RawBody(byte[] body, int status = 200) => new RawBodyFault(status, body);

    /// <summary>Processes the request normally, then waits (real time) before answering: a client that gives up meanwhile does not learn that the server acted.</summary>
    public static Fault Delay(TimeSpan delay) => new DelayFault(delay, ProcessRequest: true);

    /// <summary>Closes the connection without an answer (the request is not processed).</summary>
    public static Fault DropConnection() => new DropFault(ProcessRequest: false);

    /// <summary>Processes the request, then closes the connection without an answer (the outcome is lost).</summary>
    public static Fault ProcessThenDropConnection() => new DropFault(ProcessRequest: true);
}

/// <summary>Answer with this status, body and headers instead of processing.</summary>
/// <param name="StatusCode">HTTP status.</param>
/// <param name="Body">Body text, if any.</param>
/// <param name="Headers">Extra headers.</param>
public sealed record StatusFault(int StatusCode, string? Body, IReadOnlyDictionary<string, string>? Headers) : Fault;

/// <summary>Answer with exactly these body bytes instead of processing.</summary>
/// <param name="StatusCode">HTTP status.</param>
/// <param name="Body">The body bytes.</param>
public sealed record RawBodyFault(int StatusCode, byte[] Body) : Fault;

/// <summary>Delay the answer.</summary>
/// <param name="Duration">How long.</param>
/// <param name="ProcessRequest">Whether the request is processed (state changes) before the delay.</param>
public sealed record DelayFault(TimeSpan Duration, bool ProcessRequest) : Fault;

/// <summary>Drop the connection.</summary>
/// <param name="ProcessRequest">Whether the request is processed (state changes) before the drop.</param>
public sealed record DropFault(bool ProcessRequest) : Fault;
