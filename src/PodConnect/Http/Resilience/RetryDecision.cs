using System.Net;
using Polly;
using Polly.Timeout;

namespace PodConnect.Http.Resilience;

/// <summary>
/// The retry rules of the PodConnect pipeline, as pure functions so they can be tested and reused:
/// what is transient, whether this request may be repeated, and how long a <c>Retry-After</c> asks for.
/// </summary>
internal static class RetryDecision
{
    /// <summary>Connection failures, attempt timeouts, HTTP 408, 429 and 5xx.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception switch
        {
            HttpRequestException => true,
            TimeoutRejectedException => true,
            null => outcome.Result is { } response && IsTransient(response.StatusCode),
            _ => false,
        };

    /// <summary>HTTP 408, 429 and 5xx.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>
    /// Retry when the outcome is transient, the request is retryable
    /// (<see cref="RequestPolicy.IsRetryable"/>), and any <c>Retry-After</c> is within
    /// <see cref="PodConnectResilienceOptions.MaxRetryAfter"/>.
    /// </summary>
    /// <param name="outcome">The attempt's response or exception.</param>
    /// <param name="request">The request (from the resilience context; the response's own when absent).</param>
    /// <param name="settings">The pipeline settings.</param>
    /// <param name="timeProvider">Clock for HTTP-date <c>Retry-After</c> values.</param>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request, PodConnectResilienceOptions settings, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!IsTransient(outcome))
        {
            return false;
        }

        request ??= outcome.Result?.RequestMessage;
        if (request is null || !request.IsRetryable())
        {
            return false;
        }

        return DelayFor(outcome, timeProvider) is not { } wait || wait <= settings.MaxRetryAfter;
    }

    /// <summary>The <c>Retry-After</c> delay of a response outcome, or <c>null</c> to use the computed backoff.</summary>
    public static TimeSpan? DelayFor(Outcome<HttpResponseMessage> outcome, TimeProvider timeProvider) =>
        outcome.Result is { } response ? RetryAfter.From(response, timeProvider) : null;


    /// <summary>
    /// False when the response asks to wait (<c>Retry-After</c>) longer than what is left of the total
    /// timeout: waiting would only end in a timeout, so the throttled response is returned instead.
    /// </summary>
    public static bool FitsBudget(Outcome<HttpResponseMessage> outcome, ResilienceContext context, PodConnectResilienceOptions settings, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (DelayFor(outcome, timeProvider) is not { } wait || !context.Properties.TryGetValue(CallStartStrategy.StartedAt, out var startedAt))
        {
            return true;
        }

        var left = settings.TotalTimeout - (timeProvider.GetUtcNow() - startedAt);
        return wait < left;
    }
}
