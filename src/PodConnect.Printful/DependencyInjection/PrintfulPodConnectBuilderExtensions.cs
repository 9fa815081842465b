using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PodConnect.DependencyInjection;
using PodConnect.Http.Resilience;
using PodConnect.Printful;
using PodConnect.Printful.DependencyInjection;
using PodConnect.Providers;

// Extension methods for the builder live here so that they show up without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds Printful to PodConnect.</summary>
public static class PrintfulPodConnectBuilderExtensions
{
    /// <summary>The name of Printful's resilience pipeline and of its <see cref="PodConnectResilienceOptions"/>.</summary>
    public const string PipelineName = "podconnect-printful";

    /// <summary>
    /// Registers <see cref="PrintfulClient"/>, <see cref="PrintfulPodProvider"/> (also as an
    /// <see cref="IPodProvider"/>, keyed <c>printful</c>), the <c>podconnect-printful</c> resilience
    /// pipeline and Printful's rate-limit handling. Options are validated when the host starts.
    /// </summary>
    /// <param name="builder">The PodConnect builder.</param>
    /// <param name="configure">Sets the options (token, store, webhook secrets).</param>
    /// <param name="resilience">
    /// Adjusts the pipeline. Defaults follow Printful's 120 requests/min: 1.9 requests/s with bursts of 5
    /// (so no 60 s window can exceed 120), Retry-After honoured up to 60 s (v1's lockout), 3 retries of
    /// idempotent calls, 20 s per attempt, 90 s in all.
    /// </param>
    public static PrintfulBuilder AddPrintful(this IPodConnectBuilder builder, Action<PrintfulClientOptions> configure, Action<PodConnectResilienceOptions>? resilience = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<PrintfulClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PrintfulClientOptions>, PrintfulClientOptionsValidator>());
        services.TryAddSingleton<PrintfulRateLimitState>();
        services.TryAddSingleton<PrintfulShippingRateGate>();

        var http = services.AddHttpClient<PrintfulClient>(PrintfulClient.HttpClientName);
        http.AddPodConnectResilience(PipelineName, options =>
        {
            options.PermitsPerSecond = 1.9;
            options.Burst = 5;
            options.MaxRetryAfter = TimeSpan.FromSeconds(60);
            options.AttemptTimeout = TimeSpan.FromSeconds(20);
            options.TotalTimeout = TimeSpan.FromSeconds(90);
            resilience?.Invoke(options);
        });

        // After the resilience handler, so it sees (and can pause) every attempt.
        http.AddHttpMessageHandler(sp => new PrintfulRateLimitHandler(
            sp.GetRequiredService<PrintfulRateLimitState>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));

        services.TryAddTransient<PrintfulPodProvider>();
        services.AddTransient<IPodProvider>(sp => sp.GetRequiredService<PrintfulPodProvider>());
        services.AddKeyedTransient<IPodProvider>(PrintfulClient.ServiceName, (sp, _) => sp.GetRequiredService<PrintfulPodProvider>());
        return new PrintfulBuilder(builder, http);
    }
}
