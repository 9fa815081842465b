using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PodConnect.DependencyInjection;
using PodConnect.Gelato;
using PodConnect.Gelato.DependencyInjection;
using PodConnect.Providers;

// Extension methods for the builder live here so that they show up without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds Gelato to PodConnect.</summary>
public static class GelatoPodConnectBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="GelatoClient"/>, <see cref="GelatoPodProvider"/> (also as an
    /// <see cref="IPodProvider"/>, keyed <c>gelato</c>) and the <c>gelato</c> resilience pipeline.
    /// Options are validated when the host starts; a missing API key fails start-up, naming the setting.
    /// </summary>
    public static GelatoBuilder AddGelato(this IPodConnectBuilder builder, Action<GelatoClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<GelatoClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GelatoClientOptions>, GelatoClientOptionsValidator>());

        // HttpClient.Timeout would silently cap the pipeline's own timeouts; the pipeline owns them.
        var http = services.AddHttpClient<GelatoClient>(GelatoClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        http.AddResilienceHandler("gelato", (pipeline, context) =>
            GelatoResilience.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<GelatoClientOptions>>().Value));

        services.TryAddTransient<GelatoPodProvider>();
        services.AddTransient<IPodProvider>(sp => sp.GetRequiredService<GelatoPodProvider>());
        services.AddKeyedTransient<IPodProvider>(GelatoClient.ServiceName, (sp, _) => sp.GetRequiredService<GelatoPodProvider>());
        return new GelatoBuilder(builder, http);
    }
}
