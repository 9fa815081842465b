using System.Globalization;

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
        var remaining = HeaderNumber(response, "X-Ratelimit-Remaining");
        var reset = HeaderNumber(response, "X-Ratelimit-Reset");
        lock (_gate)
        {
            if (remaining is { } r)
            {
                Remaining = (int)Math.Floor(r);
            }

            var wait = response.Headers.RetryAfter?.Delta
                ?? (remaining is <= 0 && reset is > 0 ? TimeSpan.FromSeconds(reset.Value) : (TimeSpan?)null);
            if (wait is { } w && now + w > _pausedUntil)
            {
                _pausedUntil = now + w;
            }
        }
    }

    internal static double? HeaderNumber(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
        && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
