using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using PodConnect.Http.Reachability;

namespace PodConnect.Http.Resilience;

/// <summary>
/// Adds PodConnect's resilience pipeline to a typed or named <see cref="HttpClient"/>.
/// <para>From the outside in: total timeout → retry → rate limiter → attempt timeout → (your inner
/// handlers, e.g. request signing, which therefore run again on every attempt) → network.</para>
/// <list type="bullet">
/// <item>Retries only requests that <see cref="RequestPolicy.IsRetryable"/> allows (GET/HEAD/OPTIONS
/// by default, others only when marked), on connection failures, attempt timeouts, 408, 429 and 5xx.</item>
/// <item>Backoff is exponential with jitter; a <c>Retry-After</c> is honoured, but one longer than
/// <see cref="PodConnectResilienceOptions.MaxRetryAfter"/>, or longer than what is left of
/// <see cref="PodConnectResilienceOptions.TotalTimeout"/>, is not waited out: the throttled response is returned.</item>
/// <item>Each attempt takes a permit from a token bucket of the request's rate-limit partition
/// (<see cref="RequestPolicy.SetRateLimitPartition"/>), so a retry storm also respects the quota.</item>
/// <item>Resilience handlers the client did not add itself (e.g. an app-wide
/// <c>ConfigureHttpClientDefaults(b =&gt; b.AddStandardResilienceHandler())</c>) are removed, so no outer
/// handler can retry a create or mark-shipped behind the client's back.</item>
/// <item><see cref="HttpClient.Timeout"/> is set to infinite so that it never silently caps the
/// pipeline's total timeout.</item>
/// <item>Each call's final outcome feeds the <see cref="RemoteApiMonitor"/> under the pipeline's name without
/// <c>podconnect-</c> (<c>podconnect-gelato</c> → <c>gelato</c>), for health checks.</item>
/// </list>
/// Timers use the <see cref="TimeProvider"/> registered in DI (tests pass a <c>FakeTimeProvider</c>).
/// </summary>
public static class PodConnectResilienceExtensions
{
    /// <summary>
    /// Adds the pipeline named <paramref name="pipelineName"/> (e.g. <c>podconnect-gelato</c>) with
    /// settings read from the named options <c>PodConnectResilienceOptions</c> of the same name;
    /// <paramref name="configure"/> sets them.
    /// </summary>
    public static IHttpResiliencePipelineBuilder AddPodConnectResilience(
        this IHttpClientBuilder builder,
        string pipelineName,
        Action<PodConnectResilienceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(pipelineName);
        var options = builder.Services.AddOptions<PodConnectResilienceOptions>(pipelineName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PodConnectResilienceOptions>>(
            new ResilienceOptionsValidator(pipelineName));

        builder.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        // An app-wide ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler()) (the .NET Aspire
        // template) would wrap this client in a handler that retries POSTs on 5xx and timeouts before our
        // read-back logic runs: a second provider order. PodConnect's clients keep only their own pipeline.
        // RemoveAllResilienceHandlers is marked experimental (EXTEXP0001) in 10.0; GlobalResilienceHandlerTests
        // (end-to-end) fails if it ever stops removing an app-wide handler, in either registration order.
#pragma warning disable EXTEXP0001
        builder.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.Services.TryAddSingleton<PipelineShutdown>();
        builder.AddHttpMessageHandler(services => new CancelOnShutdownHandler(services));
        // Outside the pipeline, so it sees each call's final outcome; inside the shutdown handler, so shutdown is not a failure.
        RemoteApiTracking.Add(builder, RemoteApiTracking.ApiName(pipelineName));
        return builder.AddResilienceHandler(pipelineName, (pipeline, context) =>
        {
            var settings = context.ServiceProvider
                .GetRequiredService<IOptionsMonitor<PodConnectResilienceOptions>>()
                .Get(pipelineName);
            var timeProvider = context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
            // Resolved here, after Polly's registry, so that disposal shuts our calls down first (see PipelineShutdown).
            context.ServiceProvider.GetRequiredService<PipelineShutdown>();
            Build(pipeline, settings, timeProvider);
        });
    }

    /// <summary>Adds the strategies to <paramref name="pipeline"/> (for users composing their own handler).</summary>
    public static ResiliencePipelineBuilder<HttpResponseMessage> AddPodConnectStrategies(
        this ResiliencePipelineBuilder<HttpResponseMessage> pipeline,
        PodConnectResilienceOptions settings,
        TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        Build(pipeline, settings, timeProvider);
        return pipeline;
    }

    private static void Build(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, PodConnectResilienceOptions settings, TimeProvider timeProvider)
    {
        pipeline.TimeProvider = timeProvider;
        pipeline.AddStrategy(_ => new CallStartStrategy(timeProvider));
        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "total-timeout", Timeout = settings.TotalTimeout });

        if (settings.MaxRetryAttempts > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                Name = "retry",
                MaxRetryAttempts = settings.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.BaseDelay,
                MaxDelay = settings.MaxDelay,
                ShouldRetryAfterHeader = false, // RetryDecision.DelayFor honours it, capped.
                ShouldHandle = args => ValueTask.FromResult(
                    RetryDecision.ShouldRetry(args.Outcome, args.Context.GetRequestMessage(), settings, timeProvider)
                    && RetryDecision.FitsBudget(args.Outcome, args.Context, settings, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult(RetryDecision.DelayFor(args.Outcome, timeProvider)),
            });
        }

        if (settings.PermitsPerSecond > 0)
        {
            var limiter = CreateLimiter(settings);
            pipeline.AddRateLimiter(new HttpRateLimiterStrategyOptions
            {
                Name = "rate-limiter",
                RateLimiter = args =>
                {
                    var request = args.Context.GetRequestMessage();
                    return request is null
                        ? limiter.AcquireAsync(new HttpRequestMessage(), 1, args.Context.CancellationToken)
                        : limiter.AcquireAsync(request, 1, args.Context.CancellationToken);
                },
            });
        }

        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "attempt-timeout", Timeout = settings.AttemptTimeout });
    }

    private static PartitionedRateLimiter<HttpRequestMessage> CreateLimiter(PodConnectResilienceOptions settings)
    {
        // Replenish in small steps so the rate is smooth: tokens per period = rate × period.
        var period = settings.PermitsPerSecond >= 10 ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(1 / settings.PermitsPerSecond);
        var tokensPerPeriod = Math.Max(1, (int)Math.Round(settings.PermitsPerSecond * period.TotalSeconds));
        return PartitionedRateLimiter.Create<HttpRequestMessage, string>(request =>
            RateLimitPartition.GetTokenBucketLimiter(request.GetRateLimitPartition(), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = settings.Burst,
                TokensPerPeriod = tokensPerPeriod,
                ReplenishmentPeriod = period,
                QueueLimit = settings.QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            }));
    }

    private sealed class ResilienceOptionsValidator(string pipelineName) : IValidateOptions<PodConnectResilienceOptions>
    {
        public ValidateOptionsResult Validate(string? name, PodConnectResilienceOptions options) =>
            name != pipelineName ? ValidateOptionsResult.Skip
            : options.Validate(pipelineName) is { } error ? ValidateOptionsResult.Fail(error)
            : ValidateOptionsResult.Success;
    }
}
