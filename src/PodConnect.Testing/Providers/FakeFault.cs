namespace PodConnect.Testing.Providers;

/// <summary>
/// A failure a fake provider injects into its next matching responses, to test what a client does
/// when the network or the service misbehaves.
/// </summary>
public abstract record FakeFault
{
    private FakeFault()
    {
    }

    /// <summary>HTTP 429 with <c>Retry-After</c> in whole seconds, or without it when <see langword="null"/> (the request is not processed).</summary>
    public static FakeFault TooManyRequests(TimeSpan? retryAfter) => new TooManyRequestsFault(retryAfter);

    /// <summary>An HTTP 5xx (the request is not processed).</summary>
    public static FakeFault ServerError(int statusCode = 500) => new ServerErrorFault(statusCode);

    /// <summary>
    /// The request <b>is processed</b> (an order is created…), but the answer is held back for
    /// <paramref name="delay"/>, so a client with a shorter timeout never sees it: the "lost answer"
    /// that makes blind retries create duplicates.
    /// </summary>
    public static FakeFault Timeout(TimeSpan delay) => new TimeoutFault(delay);

    /// <summary>The connection is closed without an answer (the request is not processed).</summary>
    public static FakeFault ConnectionReset() => new ConnectionResetFault();

    /// <summary>HTTP 200 with a body that is not valid JSON (the request is not processed).</summary>
    public static FakeFault MalformedJson() => new MalformedJsonFault();

    /// <summary>See <see cref="TooManyRequests"/>.</summary>
    public sealed record TooManyRequestsFault(TimeSpan? RetryAfter) : FakeFault;

    /// <summary>See <see cref="ServerError"/>.</summary>
    public sealed record ServerErrorFault(int StatusCode) : FakeFault;

    /// <summary>See <see cref="Timeout"/>.</summary>
    public sealed record TimeoutFault(TimeSpan Delay) : FakeFault;

    /// <summary>See <see cref="ConnectionReset"/>.</summary>
    public sealed record ConnectionResetFault : FakeFault;

    /// <summary>See <see cref="MalformedJson"/>.</summary>
    public sealed record MalformedJsonFault : FakeFault;
}
