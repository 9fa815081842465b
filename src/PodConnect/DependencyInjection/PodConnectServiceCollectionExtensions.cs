using Microsoft.Extensions.DependencyInjection.Extensions;
using PodConnect.DependencyInjection;
using PodConnect.Health;
using PodConnect.Stores;

// Extension methods for IServiceCollection live in this namespace so that they show up without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers PodConnect in a service collection.</summary>
public static class PodConnectServiceCollectionExtensions
{
    /// <summary>
    /// Adds PodConnect's shared services (a <see cref="TimeProvider"/> if none is registered, and the
    /// in-memory stores: placed-order index, dispatch ledger, health ledger, capacity counters, webhook de-duplication and
    /// order leases, each only if none is registered, so a shared implementation registered first wins) and lets
    /// <paramref name="configure"/> add a marketplace and providers, e.g.
    /// <c>services.AddPodConnect(b => b.AddTikTokShop(o => …).AddGelato(o => …))</c>.
    /// </summary>
    public static IServiceCollection AddPodConnect(this IServiceCollection services, Action<IPodConnectBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPlacedOrderIndex>(sp => new InMemoryPlacedOrderIndex(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IDispatchLedgerStore, InMemoryDispatchLedgerStore>();
        services.TryAddSingleton<IHealthLedgerStore, InMemoryHealthLedgerStore>();
        services.TryAddSingleton<ICapacityCounters, InMemoryCapacityCounters>();
        services.TryAddSingleton<IWebhookDeduplication>(sp => new InMemoryWebhookDeduplication(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IOrderLeases>(sp => new InMemoryOrderLeases(sp.GetRequiredService<TimeProvider>()));
        configure(new PodConnectBuilder(services));
        return services;
    }
}
