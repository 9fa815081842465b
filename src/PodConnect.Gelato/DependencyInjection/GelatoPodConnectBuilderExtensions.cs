using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PodConnect.DependencyInjection;
using PodConnect.Gelato;
using PodConnect.Providers;

// Extension methods for the builder live here so that they show up without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds Gelato to PodConnect.</summary>
public static class GelatoPodConnectBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="GelatoClient"/>, <see cref="GelatoPodProvider"/> (also as an
    /// <see cref="IPodProvider"/>, keyed <c>gelato</c>) and the <c>podconnect-gelato</c> resilience pipeline
    /// (settings in <see cref="PodProviderOptions.Resilience"/>), through the one provider template
    /// (<see cref="PodProviderRegistration.AddPodProvider{TClient, TProvider, TOptions}"/>). Options are
    /// validated when the host starts; a missing API key fails start-up, naming the setting. Also registers Gelato's
    /// stock API as an <see cref="IPodStockSource"/> for the loop's stock poller (<see cref="GelatoClientOptions.StockRegionFacilities"/>).
    /// </summary>
    /// <param name="builder">The PodConnect builder.</param>
    /// <param name="configure">Sets the options (API key, webhook secret…).</param>
    /// <param name="useDefaultResilience">Adds PodConnect's pipeline; pass <see langword="false"/> when you add your own.</param>
    public static PodProviderBuilder AddGelato(this IPodConnectBuilder builder, Action<GelatoClientOptions> configure, bool useDefaultResilience = true)
    {
        var provider = builder.AddPodProvider<GelatoClient, GelatoPodProvider, GelatoClientOptions>(GelatoClient.ServiceName, configure, useDefaultResilience);
        provider.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IPodStockSource, GelatoStockSource>());
        return provider;
    }

    /// <summary>
    /// Like <see cref="AddGelato(IPodConnectBuilder, Action{GelatoClientOptions}, bool)"/>, with the options bound from a
    /// configuration section (e.g. <c>configuration.GetSection("Gelato")</c>: <c>ApiKey</c>, <c>WebhookSecret</c>, <c>Resilience:PermitsPerSecond</c>…), then <paramref name="configure"/>.
    /// </summary>
    /// <param name="builder">The PodConnect builder.</param>
    /// <param name="section">The section holding the settings.</param>
    /// <param name="configure">Adjusts the bound options, if given.</param>
    /// <param name="useDefaultResilience">Adds PodConnect's pipeline; pass <see langword="false"/> when you add your own.</param>
    public static PodProviderBuilder AddGelato(this IPodConnectBuilder builder, IConfiguration section, Action<GelatoClientOptions>? configure = null, bool useDefaultResilience = true)
    {
        ArgumentNullException.ThrowIfNull(section);
        return builder.AddGelato(
            options =>
            {
                section.Bind(options);
                configure?.Invoke(options);
            },
            useDefaultResilience);
    }
}
