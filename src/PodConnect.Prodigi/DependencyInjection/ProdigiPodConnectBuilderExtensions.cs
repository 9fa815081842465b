using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PodConnect.DependencyInjection;
using PodConnect.Http.Resilience;
using PodConnect.Prodigi;
using PodConnect.Prodigi.DependencyInjection;
using PodConnect.Providers;

// Extension methods for the builder live here so that they show up without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds Prodigi to PodConnect.</summary>
public static class ProdigiPodConnectBuilderExtensions
{
    /// <summary>The name of Prodigi's resilience pipeline and of its <see cref="PodConnectResilienceOptions"/>.</summary>
    public const string PipelineName = "podconnect-prodigi";

    /// <summary>
    /// Registers <see cref="ProdigiClient"/>, <see cref="ProdigiPodProvider"/> (also as an
    /// <see cref="IPodProvider"/>, keyed <c>prodigi</c>) and the <c>podconnect-prodigi</c> resilience pipeline.
    /// Options are validated when the host starts; a missing API key fails start-up, naming the setting.
    /// </summary>
    /// <param name="builder">The PodConnect builder.</param>
    /// <param name="configure">Sets the options (API key, environment, callback URL and secret…).</param>
    /// <param name="resilience">
    /// Adjusts the pipeline. Defaults: 5 requests/s with bursts of 10 (Prodigi publishes no limit; UNCONFIRMED),
    /// 3 retries of idempotent calls (creates carry an idempotency key, so they count), 30 s per attempt
    /// (Prodigi itself gives up after a minute), 90 s in all.
    /// </param>
    public static ProdigiBuilder AddProdigi(this IPodConnectBuilder builder, Action<ProdigiClientOptions> configure, Action<PodConnectResilienceOptions>? resilience = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<ProdigiClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ProdigiClientOptions>, ProdigiClientOptionsValidator>());

        var http = services.AddHttpClient<ProdigiClient>(ProdigiClient.HttpClientName);
        http.AddPodConnectResilience(PipelineName, options =>
        {
            options.PermitsPerSecond = 5;
            options.Burst = 10;
            options.AttemptTimeout = TimeSpan.FromSeconds(30);
            options.TotalTimeout = TimeSpan.FromSeconds(90);
            resilience?.Invoke(options);
        });

        services.TryAddTransient<ProdigiPodProvider>();
        services.AddTransient<IPodProvider>(sp => sp.GetRequiredService<ProdigiPodProvider>());
        services.AddKeyedTransient<IPodProvider>(ProdigiClient.ServiceName, (sp, _) => sp.GetRequiredService<ProdigiPodProvider>());
        return new ProdigiBuilder(builder, http);
    }
}
