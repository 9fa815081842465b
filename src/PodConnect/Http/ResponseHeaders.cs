using System.Globalization;

namespace PodConnect.Http;

/// <summary>
/// Reads numbers from response headers that a server (or a proxy in between) controls, such as
/// <c>X-Ratelimit-Remaining</c> or <c>X-Ratelimit-Reset</c>: anything that is not a finite number in a
/// sane range (<c>1e309</c>, <c>Infinity</c>, <c>NaN</c>, <c>-5</c>, text) reads as absent, never as an
/// overflow further down. Public for provider packages built outside this repository.
/// </summary>
public static class ResponseHeaders
{
    /// <summary>The longest wait a header may ask for; longer values are capped (a day is beyond any documented limit).</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromDays(1);

    /// <summary>The header's first value as a finite, non-negative number, or <c>null</c>.</summary>
    public static double? Number(HttpResponseMessage response, string name)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return response.Headers.TryGetValues(name, out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value) && value >= 0
                ? value
                : null;
    }

    /// <summary>The header's first value as a count, capped at <see cref="int.MaxValue"/>, or <c>null</c>.</summary>
    public static int? Count(HttpResponseMessage response, string name) =>
        Number(response, name) is { } value ? (int)Math.Min(Math.Floor(value), int.MaxValue) : null;

    /// <summary>The header's first value as a wait in seconds, capped at <see cref="MaxWait"/>, or <c>null</c>.</summary>
    public static TimeSpan? Seconds(HttpResponseMessage response, string name) =>
        Number(response, name) is { } value ? TimeSpan.FromSeconds(Math.Min(value, MaxWait.TotalSeconds)) : null;
}
