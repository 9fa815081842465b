using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace PodConnect.Gelato;

/// <summary>
/// Gelato's resilience pipeline: total timeout → retry (idempotent calls only, honouring
/// <c>Retry-After</c>) → client-side rate limit → attempt timeout.
/// </summary>
internal static class GelatoResilience
{
    /// <summary>Set on each request: may it be sent twice without a second effect?</summary>
    public static readonly HttpRequestOptionsKey<bool> IdempotentKey = new("PodConnect.Gelato.Idempotent");

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, GelatoClientOptions options)
    {
        pipeline.AddTimeout(options.TotalTimeout);
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = TimeSpan.FromSeconds(30),
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.GetRequestMessage())),
            });
        }

        pipeline.AddRateLimiter(new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.RequestsPerMinute,
            TokensPerPeriod = options.RequestsPerMinute,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }));
        pipeline.AddTimeout(options.AttemptTimeout);
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request)
    {
        // A 429 means the request was not processed, so even a create may be sent again.
        if (outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return true;
        }

        var idempotent = request is not null && request.Options.TryGetValue(IdempotentKey, out var flag) && flag;
        return idempotent && HttpClientResiliencePredicates.IsTransient(outcome);
    }
}
