using System.Net.Http.Headers;

namespace PodConnect.Http;

/// <summary>Reads the <c>Retry-After</c> response header (delta seconds or an HTTP date).</summary>
public static class RetryAfter
{
    /// <summary>
    /// The delay the response asks for, or <c>null</c> when it has no usable <c>Retry-After</c>.
    /// An HTTP date is measured from <paramref name="timeProvider"/>'s now; a date in the past gives zero.
    /// </summary>
    public static TimeSpan? From(HttpResponseMessage response, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return From(response.Headers.RetryAfter, timeProvider);
    }

    /// <summary>The delay a parsed <c>Retry-After</c> header asks for (see <see cref="From(HttpResponseMessage, TimeProvider)"/>).</summary>
    public static TimeSpan? From(RetryConditionHeaderValue? header, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (header is null)
        {
            return null;
        }

        if (header.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
