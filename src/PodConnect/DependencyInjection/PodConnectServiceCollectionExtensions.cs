using Microsoft.Extensions.DependencyInjection.Extensions;
using PodConnect.DependencyInjection;

// Extension methods for IServiceCollection live in this namespace so that they show up without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers PodConnect in a service collection.</summary>
public static class PodConnectServiceCollectionExtensions
{
    /// <summary>
    /// Adds PodConnect's shared services (a <see cref="TimeProvider"/> if none is registered) and lets
    /// <paramref name="configure"/> add a marketplace and providers, e.g.
    /// <c>services.AddPodConnect(b => b.AddTikTokShop(o => …).AddGelato(o => …))</c>.
    /// </summary>
    public static IServiceCollection AddPodConnect(this IServiceCollection services, Action<IPodConnectBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddSingleton(TimeProvider.System);
        configure(new PodConnectBuilder(services));
        return services;
    }
}
