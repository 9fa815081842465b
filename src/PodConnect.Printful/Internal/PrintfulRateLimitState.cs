using PodConnect.Http;

namespace PodConnect.Printful.Internal;

/// <summary>
/// What Printful last said about our rate budget (<c>X-Ratelimit-Remaining</c>, <c>X-Ratelimit-Reset</c>),
/// shared by every Printful request of the process so that an exhausted bucket pauses all of them.
/// </summary>
internal sealed class PrintfulRateLimitState
{
    private readonly Lock _gate = new();
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>The last <c>X-Ratelimit-Remaining</c> seen, if any.</summary>
    public int? Remaining { get; private set; }

    /// <summary>Until when requests wait because the bucket was empty.</summary>
    public DateTimeOffset PausedUntil
    {
        get
        {
            lock (_gate)
            {
                return _pausedUntil;
            }
        }
    }

    /// <summary>Records a response's headers (or a 429's wait) at <paramref name="now"/>.</summary>
    public void Observe(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        var remaining = ResponseHeaders.Count(response, "X-Ratelimit-Remaining");
        var reset = ResponseHeaders.Seconds(response, "X-Ratelimit-Reset");
        lock (_gate)
        {
            if (remaining is { } r)
            {
                Remaining = r;
            }

            var retryAfter = response.Headers.RetryAfter?.Delta is { } delta && delta > TimeSpan.Zero
                ? (delta < ResponseHeaders.MaxWait ? delta : ResponseHeaders.MaxWait)
                : (TimeSpan?)null;
            var wait = retryAfter ?? (remaining is 0 && reset > TimeSpan.Zero ? reset : null);
            if (wait is { } w && now + w > _pausedUntil)
            {
                _pausedUntil = now + w;
            }
        }
    }
}
