namespace PodConnect.Http;

/// <summary>
/// Per-request switches read by the PodConnect resilience pipeline
/// (<see cref="Resilience.PodConnectResilienceExtensions.AddPodConnectResilience"/>). They travel in
/// <see cref="HttpRequestMessage.Options"/>, so the decision is made per call, not per client.
/// </summary>
public static class RequestPolicy
{
    /// <summary>The option that says whether a request may be sent again after a transient failure.</summary>
    public static readonly HttpRequestOptionsKey<bool> RetryableKey = new("PodConnect.Retryable");

    /// <summary>The option naming the rate-limit partition (e.g. the shop) a request counts against.</summary>
    public static readonly HttpRequestOptionsKey<string> RateLimitPartitionKey = new("PodConnect.RateLimitPartition");

    /// <summary>
    /// Marks the request as safe (or unsafe) to send again. Use <c>true</c> for calls that are
    /// idempotent by nature or by key (searches sent as POST, absolute stock sets, creates carrying an
    /// idempotency key); never for a call that would act twice (mark as shipped, create without key).
    /// </summary>
    public static HttpRequestMessage SetRetryable(this HttpRequestMessage request, bool retryable)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(RetryableKey, retryable);
        return request;
    }

    /// <summary>
    /// Whether the pipeline may retry the request: the explicit <see cref="SetRetryable"/> choice,
    /// otherwise <c>true</c> only for GET, HEAD and OPTIONS. POST, PUT, PATCH and DELETE are not
    /// retried unless marked, because a retry after a lost answer can repeat the action.
    /// </summary>
    public static bool IsRetryable(this HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Options.TryGetValue(RetryableKey, out var retryable))
        {
            return retryable;
        }

        return request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options;
    }

    /// <summary>Puts the request in a rate-limit partition, e.g. one per shop, each with its own budget.</summary>
    public static HttpRequestMessage SetRateLimitPartition(this HttpRequestMessage request, string partition)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(partition);
        request.Options.Set(RateLimitPartitionKey, partition);
        return request;
    }

    /// <summary>The request's rate-limit partition; an empty string when none was set (one shared budget).</summary>
    public static string GetRateLimitPartition(this HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(RateLimitPartitionKey, out var partition) ? partition : string.Empty;
    }
}
