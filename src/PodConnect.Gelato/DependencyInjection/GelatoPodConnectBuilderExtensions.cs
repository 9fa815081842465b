using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PodConnect.DependencyInjection;
using PodConnect.Gelato;
using PodConnect.Gelato.DependencyInjection;
using PodConnect.Http.Resilience;
using PodConnect.Providers;

// Extension methods for the builder live here so that they show up without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds Gelato to PodConnect.</summary>
public static class GelatoPodConnectBuilderExtensions
{
    /// <summary>The name of Gelato's resilience pipeline and of its <see cref="PodConnectResilienceOptions"/>.</summary>
    public const string PipelineName = "podconnect-gelato";

    /// <summary>
    /// Registers <see cref="GelatoClient"/>, <see cref="GelatoPodProvider"/> (also as an
    /// <see cref="IPodProvider"/>, keyed <c>gelato</c>) and the <c>gelato</c> resilience pipeline.
    /// Options are validated when the host starts; a missing API key fails start-up, naming the setting.
    /// </summary>
    /// <param name="builder">The PodConnect builder.</param>
    /// <param name="configure">Sets the options (API key, webhook secret…).</param>
    /// <param name="resilience">
    /// Adjusts the <c>podconnect-gelato</c> pipeline. Defaults: 2 requests/s with bursts of 10 (Gelato
    /// publishes no limit; UNCONFIRMED), 3 retries of idempotent calls only, 20 s per attempt, 60 s in all.
    /// </param>
    public static GelatoBuilder AddGelato(this IPodConnectBuilder builder, Action<GelatoClientOptions> configure, Action<PodConnectResilienceOptions>? resilience = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<GelatoClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GelatoClientOptions>, GelatoClientOptionsValidator>());

        var http = services.AddHttpClient<GelatoClient>(GelatoClient.HttpClientName);
        http.AddPodConnectResilience(PipelineName, options =>
        {
            options.PermitsPerSecond = 2;
            options.Burst = 10;
            options.AttemptTimeout = TimeSpan.FromSeconds(20);
            options.TotalTimeout = TimeSpan.FromSeconds(60);
            resilience?.Invoke(options);
        });

        services.TryAddTransient<GelatoPodProvider>();
        services.AddTransient<IPodProvider>(sp => sp.GetRequiredService<GelatoPodProvider>());
        services.AddKeyedTransient<IPodProvider>(GelatoClient.ServiceName, (sp, _) => sp.GetRequiredService<GelatoPodProvider>());
        return new GelatoBuilder(builder, http);
    }
}
