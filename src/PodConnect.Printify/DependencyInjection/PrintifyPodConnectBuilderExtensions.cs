using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PodConnect.DependencyInjection;
using PodConnect.Printify;
using PodConnect.Printify.Internal;
using PodConnect.Providers;

// Extension methods for the builder live here so that they show up without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds Printify to PodConnect.</summary>
public static class PrintifyPodConnectBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="PrintifyClient"/>, <see cref="PrintifyPodProvider"/> (also as an
    /// <see cref="IPodProvider"/>, keyed <c>printify</c>) and the <c>podconnect-printify</c> resilience pipeline
    /// (settings in <see cref="PodProviderOptions.Resilience"/>; 600 requests/min by default) through the one
    /// provider template (<see cref="PodProviderRegistration.AddPodProvider{TClient, TProvider, TOptions}"/>),
    /// plus the <see cref="PrintifyErrorBudget"/> for Printify's 5% error rule, counted on every attempt, and Printify's
    /// catalog variant lists as an <see cref="IPodStockSource"/> for the loop's stock poller.
    /// Options are validated when the host starts.
    /// </summary>
    /// <param name="builder">The PodConnect builder.</param>
    /// <param name="configure">Sets the options (token, shop id, User-Agent, webhook secret…).</param>
    /// <param name="useDefaultResilience">Adds PodConnect's pipeline; pass <see langword="false"/> when you add your own.</param>
    public static PodProviderBuilder AddPrintify(this IPodConnectBuilder builder, Action<PrintifyClientOptions> configure, bool useDefaultResilience = true)
    {
        var provider = builder.AddPodProvider<PrintifyClient, PrintifyPodProvider, PrintifyClientOptions>(PrintifyClient.ServiceName, configure, useDefaultResilience);
        if (provider.Services.Any(d => d.ServiceType == typeof(PrintifyErrorBudget)))
        {
            return provider; // Added before: the handler is in place.
        }

        provider.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IPodStockSource, PrintifyStockSource>());
        provider.Services.TryAddSingleton(sp => new PrintifyErrorBudget(
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetRequiredService<IOptions<PrintifyClientOptions>>().Value.MaxErrorRate));

        // After the resilience handler, so it counts every attempt, retries included.
        provider.HttpClient.AddHttpMessageHandler(sp => new PrintifyErrorBudgetHandler(
            sp.GetRequiredService<PrintifyErrorBudget>(), sp.GetRequiredService<ILogger<PrintifyErrorBudgetHandler>>()));
        return provider;
    }

    /// <summary>
    /// Like <see cref="AddPrintify(IPodConnectBuilder, Action{PrintifyClientOptions}, bool)"/>, with the options bound
    /// from a configuration section (e.g. <c>configuration.GetSection("Printify")</c>: <c>AccessToken</c>, <c>ShopId</c>,
    /// <c>UserAgent</c>, <c>WebhookSecret</c>, <c>Resilience:PermitsPerSecond</c>…), then <paramref name="configure"/>.
    /// </summary>
    /// <param name="builder">The PodConnect builder.</param>
    /// <param name="section">The section holding the settings.</param>
    /// <param name="configure">Adjusts the bound options, if given.</param>
    /// <param name="useDefaultResilience">Adds PodConnect's pipeline; pass <see langword="false"/> when you add your own.</param>
    public static PodProviderBuilder AddPrintify(this IPodConnectBuilder builder, IConfiguration section, Action<PrintifyClientOptions>? configure = null, bool useDefaultResilience = true)
    {
        ArgumentNullException.ThrowIfNull(section);
        return builder.AddPrintify(
            options =>
            {
                section.Bind(options);
                configure?.Invoke(options);
            },
            useDefaultResilience);
    }
}
