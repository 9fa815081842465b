using Microsoft.Extensions.Configuration;
using PodConnect.DependencyInjection;
using PodConnect.Prodigi;
using PodConnect.Providers;

// Extension methods for the builder live here so that they show up without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds Prodigi to PodConnect.</summary>
public static class ProdigiPodConnectBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="ProdigiClient"/>, <see cref="ProdigiPodProvider"/> (also as an
    /// <see cref="IPodProvider"/>, keyed <c>prodigi</c>) and the <c>podconnect-prodigi</c> resilience pipeline
    /// (settings in <see cref="PodProviderOptions.Resilience"/>) through the one provider template
    /// (<see cref="PodProviderRegistration.AddPodProvider{TClient, TProvider, TOptions}"/>). Options are
    /// validated when the host starts; a missing API key fails start-up, naming the setting.
    /// </summary>
    /// <param name="builder">The PodConnect builder.</param>
    /// <param name="configure">Sets the options (API key, environment, callback URL and secret…).</param>
    /// <param name="useDefaultResilience">Adds PodConnect's pipeline; pass <see langword="false"/> when you add your own.</param>
    public static PodProviderBuilder AddProdigi(this IPodConnectBuilder builder, Action<ProdigiClientOptions> configure, bool useDefaultResilience = true) =>
        builder.AddPodProvider<ProdigiClient, ProdigiPodProvider, ProdigiClientOptions>(ProdigiClient.ServiceName, configure, useDefaultResilience);

    /// <summary>
    /// Like <see cref="AddProdigi(IPodConnectBuilder, Action{ProdigiClientOptions}, bool)"/>, with the options bound
    /// from a configuration section (e.g. <c>configuration.GetSection("Prodigi")</c>: <c>ApiKey</c>, <c>Environment</c>,
    /// <c>CallbackUrl</c>, <c>CallbackSecret</c>, <c>Resilience:PermitsPerSecond</c>…), then <paramref name="configure"/>.
    /// </summary>
    /// <param name="builder">The PodConnect builder.</param>
    /// <param name="section">The section holding the settings.</param>
    /// <param name="configure">Adjusts the bound options, if given.</param>
    /// <param name="useDefaultResilience">Adds PodConnect's pipeline; pass <see langword="false"/> when you add your own.</param>
    public static PodProviderBuilder AddProdigi(this IPodConnectBuilder builder, IConfiguration section, Action<ProdigiClientOptions>? configure = null, bool useDefaultResilience = true)
    {
        ArgumentNullException.ThrowIfNull(section);
        return builder.AddProdigi(
            options =>
            {
                section.Bind(options);
                configure?.Invoke(options);
            },
            useDefaultResilience);
    }
}
