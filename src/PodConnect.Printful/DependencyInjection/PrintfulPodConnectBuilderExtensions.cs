using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PodConnect.DependencyInjection;
using PodConnect.Printful;
using PodConnect.Printful.Internal;
using PodConnect.Providers;

// Extension methods for the builder live here so that they show up without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds Printful to PodConnect.</summary>
public static class PrintfulPodConnectBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="PrintfulClient"/>, <see cref="PrintfulPodProvider"/> (also as an
    /// <see cref="IPodProvider"/>, keyed <c>printful</c>) and the <c>podconnect-printful</c> resilience
    /// pipeline (settings in <see cref="PodProviderOptions.Resilience"/>) through the one provider template
    /// (<see cref="PodProviderRegistration.AddPodProvider{TClient, TProvider, TOptions}"/>), plus Printful's
    /// rate-limit handling (<c>X-Ratelimit-*</c> read on every attempt, an exhausted bucket pausing every
    /// Printful request), and Printful's stock API as an <see cref="IPodStockSource"/> for the loop's stock poller
    /// (<see cref="PrintfulClientOptions.StockRegionFacilities"/>). Options are validated when the host starts.
    /// </summary>
    /// <param name="builder">The PodConnect builder.</param>
    /// <param name="configure">Sets the options (token, store, webhook secrets).</param>
    /// <param name="useDefaultResilience">Adds PodConnect's pipeline; pass <see langword="false"/> when you add your own.</param>
    public static PodProviderBuilder AddPrintful(this IPodConnectBuilder builder, Action<PrintfulClientOptions> configure, bool useDefaultResilience = true)
    {
        var provider = builder.AddPodProvider<PrintfulClient, PrintfulPodProvider, PrintfulClientOptions>(PrintfulClient.ServiceName, configure, useDefaultResilience);
        if (provider.Services.Any(d => d.ServiceType == typeof(PrintfulRateLimitState)))
        {
            return provider; // Added before: the handler is in place.
        }

        provider.Services.TryAddSingleton<PrintfulRateLimitState>();
        provider.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IPodStockSource, PrintfulStockSource>());

        // After the resilience handler, so it sees (and can pause) every attempt.
        provider.HttpClient.AddHttpMessageHandler(sp => new PrintfulRateLimitHandler(
            sp.GetRequiredService<PrintfulRateLimitState>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        return provider;
    }

    /// <summary>
    /// Like <see cref="AddPrintful(IPodConnectBuilder, Action{PrintfulClientOptions}, bool)"/>, with the options bound from a
    /// configuration section (e.g. <c>configuration.GetSection("Printful")</c>: <c>AccessToken</c>, <c>StoreId</c>, <c>WebhookSecretKey</c>, <c>Resilience:PermitsPerSecond</c>…), then <paramref name="configure"/>.
    /// </summary>
    /// <param name="builder">The PodConnect builder.</param>
    /// <param name="section">The section holding the settings.</param>
    /// <param name="configure">Adjusts the bound options, if given.</param>
    /// <param name="useDefaultResilience">Adds PodConnect's pipeline; pass <see langword="false"/> when you add your own.</param>
    public static PodProviderBuilder AddPrintful(this IPodConnectBuilder builder, IConfiguration section, Action<PrintfulClientOptions>? configure = null, bool useDefaultResilience = true)
    {
        ArgumentNullException.ThrowIfNull(section);
        return builder.AddPrintful(
            options =>
            {
                section.Bind(options);
                configure?.Invoke(options);
            },
            useDefaultResilience);
    }
}
