using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PodConnect.AspNetCore.HealthChecks;

// Extension methods for IHealthChecksBuilder live in this namespace so that they show up without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds PodConnect's health checks.</summary>
public static class PodConnectHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds exactly the PodConnect checks that apply to what is registered, tagged <see cref="PodConnectHealthCheckNames.Tag"/>:
    /// <list type="bullet">
    /// <item><see cref="PodConnectHealthCheckNames.LateDispatch"/>: the shop's Late Dispatch Rate from the dispatch
    /// ledger (registered by <c>services.AddPodConnect(…)</c>), Degraded from
    /// <see cref="PodConnectHealthCheckOptions.LateDispatchDegradedAt"/>, Unhealthy over <see cref="PodConnectHealthCheckOptions.LateDispatchThreshold"/>;</item>
    /// <item><see cref="PodConnectHealthCheckNames.FulfillmentLoop"/> (with <c>.RunFulfillment()</c>): the loop running and keeping up;</item>
    /// <item>one <see cref="PodConnectHealthCheckNames.RemoteApi"/> per remote API client registered (TikTok Shop, each provider): its calls succeeding.</item>
    /// </list>
    /// What is registered is read when the checks first run, so this may be called before or after <c>AddPodConnect(…)</c>.
    /// </summary>
    /// <param name="builder">The health checks builder from <c>services.AddHealthChecks()</c>.</param>
    /// <param name="configure">Changes the thresholds.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is impossible; the message names it.</exception>
    public static IHealthChecksBuilder AddPodConnect(this IHealthChecksBuilder builder, Action<PodConnectHealthCheckOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new PodConnectHealthCheckOptions();
        configure?.Invoke(options);
        options.Validate();
        // A second call replaces the first's thresholds: each check is registered once.
        builder.Services.RemoveAll<PodConnectHealthCheckOptions>();
        builder.Services.AddSingleton(options);
        if (!builder.Services.Any(d => d.ImplementationType == typeof(PodConnectHealthCheckRegistrations)))
        {
            builder.Services.AddSingleton<IConfigureOptions<HealthCheckServiceOptions>, PodConnectHealthCheckRegistrations>();
        }

        return builder;
    }
}
