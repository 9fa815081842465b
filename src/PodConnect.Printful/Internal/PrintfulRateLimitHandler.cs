using System.Net;
using System.Net.Http.Headers;
using PodConnect.Http;

namespace PodConnect.Printful.Internal;

/// <summary>
/// Runs on every attempt (inside the resilience pipeline): waits while Printful's bucket is known to be
/// empty, records <c>X-Ratelimit-*</c>, and gives a 429 without <c>Retry-After</c> the wait Printful
/// implies (<c>X-Ratelimit-Reset</c>, else v1's documented 60 s lockout), so the pipeline's retry and
/// the <see cref="Errors.RateLimitedException"/> carry a real delay.
/// </summary>
internal sealed class PrintfulRateLimitHandler(PrintfulRateLimitState state, TimeProvider time) : DelegatingHandler
{
    private static readonly TimeSpan V1Lockout = TimeSpan.FromSeconds(60);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var wait = state.PausedUntil - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.TooManyRequests && response.Headers.RetryAfter is null)
        {
            var reset = ResponseHeaders.Seconds(response, "X-Ratelimit-Reset");
            response.Headers.RetryAfter = new RetryConditionHeaderValue(reset > TimeSpan.Zero ? TimeSpan.FromSeconds(Math.Ceiling(reset.Value.TotalSeconds)) : V1Lockout);
        }

        state.Observe(response, time.GetUtcNow());
        return response;
    }
}
