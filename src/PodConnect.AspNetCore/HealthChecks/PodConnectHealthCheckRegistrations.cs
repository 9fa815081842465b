using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PodConnect.Fulfillment;
using PodConnect.Health;
using PodConnect.Http.Reachability;
using PodConnect.Stores;

namespace PodConnect.AspNetCore.HealthChecks;

/// <summary>
/// Adds exactly the checks that apply to what is registered, decided when the health check service first reads
/// its options (so <c>AddHealthChecks().AddPodConnect()</c> may come before or after <c>AddPodConnect(…)</c>):
/// the Late Dispatch Rate when a dispatch ledger is registered, the other three shop-health metrics when the hub's
/// shop health is, the loop when it runs, one check per remote API, one per shared store (e.g. Redis).
/// </summary>
internal sealed class PodConnectHealthCheckRegistrations(IServiceProvider services, PodConnectHealthCheckOptions options) : IConfigureOptions<HealthCheckServiceOptions>
{
    public void Configure(HealthCheckServiceOptions healthChecks)
    {
        var registered = services.GetRequiredService<IServiceProviderIsService>();
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        if (registered.IsService(typeof(IDispatchLedgerStore)))
        {
            Add(healthChecks, PodConnectHealthCheckNames.LateDispatch, sp => new LateDispatchHealthCheck(sp.GetRequiredService<IDispatchLedgerStore>(), time, options));
        }

        if (registered.IsService(typeof(IShopHealth)))
        {
            // Late dispatch has its own check above (from the dispatch ledger); these are the other three TikTok judges.
            foreach (var metric in (HealthMetric[])[HealthMetric.ValidTracking, HealthMetric.OnTimeDelivery, HealthMetric.SellerFaultCancellation])
            {
                Add(healthChecks, PodConnectHealthCheckNames.ShopHealth(metric), sp => new ShopHealthMetricCheck(sp.GetRequiredService<IShopHealth>(), metric));
            }
        }

        foreach (var probe in services.GetServices<IStoreHealthProbe>())
        {
            Add(healthChecks, PodConnectHealthCheckNames.Store(probe.Name), _ => new StoreHealthCheck(probe));
        }

        if (registered.IsService(typeof(FulfillmentReconciler)))
        {
            Add(healthChecks, PodConnectHealthCheckNames.FulfillmentLoop, sp => new FulfillmentLoopHealthCheck(sp.GetRequiredService<FulfillmentMonitor>(), time, options));
        }

        if (services.GetService<RemoteApiMonitor>() is { } apis)
        {
            foreach (var api in apis.Apis)
            {
                Add(healthChecks, PodConnectHealthCheckNames.RemoteApi(api), _ => new RemoteApiHealthCheck(api, apis, time, options));
            }
        }
    }

    private static void Add(HealthCheckServiceOptions healthChecks, string name, Func<IServiceProvider, IHealthCheck> factory)
    {
        if (!healthChecks.Registrations.Any(r => r.Name == name))
        {
            healthChecks.Registrations.Add(new HealthCheckRegistration(name, factory, HealthStatus.Unhealthy, [PodConnectHealthCheckNames.Tag]));
        }
    }
}
