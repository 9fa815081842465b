namespace PodConnect.Errors;

/// <summary>The service throttled the call (HTTP 429 or its own rate-limit code).</summary>
public class RateLimitedException : PodConnectException
{
    /// <summary>Creates the exception.</summary>
    public RateLimitedException(string message, TimeSpan? retryAfter, RemoteErrorDetails? details = null, Exception? innerException = null)
        : base(message, details, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long the service asked us to wait, when it said (<c>Retry-After</c>).</summary>
    public TimeSpan? RetryAfter { get; }
}
