using Microsoft.Extensions.Diagnostics.HealthChecks;
using PodConnect.AspNetCore.HealthChecks;
using PodConnect.Stores;

// Extension methods for IHealthChecksBuilder live in this namespace so that they show up without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds PodConnect's health checks.</summary>
public static class PodConnectHealthChecksBuilderExtensions
{
    /// <summary>The tag on every PodConnect check, to filter them, e.g. <c>MapHealthChecks("/health/pod", new() { Predicate = c => c.Tags.Contains(PodConnectHealthChecksBuilderExtensions.Tag) })</c>.</summary>
    public const string Tag = "podconnect";

    /// <summary>The name of the shop-health check on the Late Dispatch Rate.</summary>
    public const string LateDispatchCheckName = "podconnect-late-dispatch";

    /// <summary>
    /// Adds the shop-health check on the Late Dispatch Rate (from the registered <see cref="IDispatchLedgerStore"/>,
    /// so call <c>services.AddPodConnect(…)</c> too): Degraded from <see cref="PodConnectHealthCheckOptions.LateDispatchDegradedAt"/>,
    /// Unhealthy over <see cref="PodConnectHealthCheckOptions.LateDispatchThreshold"/>.
    /// </summary>
    /// <param name="builder">The health checks builder from <c>services.AddHealthChecks()</c>.</param>
    /// <param name="configure">Changes the thresholds.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IHealthChecksBuilder AddPodConnect(this IHealthChecksBuilder builder, Action<PodConnectHealthCheckOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new PodConnectHealthCheckOptions();
        configure?.Invoke(options);
        options.Validate();
        return builder.Add(new HealthCheckRegistration(
            LateDispatchCheckName,
            sp => new LateDispatchHealthCheck(sp.GetRequiredService<IDispatchLedgerStore>(), sp.GetService<TimeProvider>() ?? TimeProvider.System, options),
            failureStatus: HealthStatus.Unhealthy,
            tags: [Tag]));
    }
}
