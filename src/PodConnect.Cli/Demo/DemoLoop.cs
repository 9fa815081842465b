using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PodConnect.Fulfillment;
using PodConnect.Routing;
using PodConnect.Stores;
using PodConnect.Testing.Gelato;
using PodConnect.Testing.Printful;
using PodConnect.Testing.Printify;
using PodConnect.Testing.Prodigi;
using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Auth;
using PodConnect.Webhooks;

namespace PodConnect.Cli.Demo;

/// <summary>
/// The fulfillment loop as a user registers it (docs/getting-started.md): <c>AddPodConnect</c> with the
/// TikTok Shop client for the seller, the four provider clients, the catalogue, the built-in European
/// network and the default policy — pointed at the fakes instead of the real APIs, on the demo's clock.
/// </summary>
internal sealed class DemoLoop : IDisposable
{
    private readonly ServiceProvider _services;

    private DemoLoop(ServiceProvider services) => _services = services;

    public FulfillmentReconciler Reconciler => _services.GetRequiredService<FulfillmentReconciler>();

    public FulfillmentMonitor Monitor => _services.GetRequiredService<FulfillmentMonitor>();

    public IWebhookIngress Ingress => _services.GetRequiredService<IWebhookIngress>();

    public IPlacedOrderIndex Placements => _services.GetRequiredService<IPlacedOrderIndex>();

    public IDispatchLedgerStore Dispatches => _services.GetRequiredService<IDispatchLedgerStore>();

    /// <summary>Registers the loop, validates it as a host's start-up would, and authorizes the fake seller's shop.</summary>
    public static async Task<DemoLoop> StartAsync(DemoFakes fakes, TimeProvider time, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddPodConnect(pod => pod
            .AddTikTokShop(o =>
            {
                o.AppKey = fakes.TikTok.AppKey;
                o.AppSecret = fakes.TikTok.AppSecret;
                o.ApiBaseUrl = fakes.TikTok.BaseAddress;
                o.AuthBaseUrl = fakes.TikTok.BaseAddress;
                NoWaitsOnTheSimulatedClock(o.Resilience);
            })
            .ForSellers(FakeTikTokShop.DefaultSellerId)
            .AddGelato(o =>
            {
                o.ApiKey = FakeGelato.DefaultApiKey;
                o.BaseAddress = fakes.Gelato.BaseAddress;
                o.ShipmentBaseAddress = fakes.Gelato.BaseAddress;
                o.ProductBaseAddress = fakes.Gelato.BaseAddress;
                NoWaitsOnTheSimulatedClock(o.Resilience);
            })
            .AddPrintful(o =>
            {
                o.AccessToken = FakePrintful.DefaultAccessToken;
                o.BaseAddress = fakes.Printful.BaseAddress;
                NoWaitsOnTheSimulatedClock(o.Resilience);
            })
            .AddProdigi(o =>
            {
                o.ApiKey = FakeProdigi.DefaultApiKey;
                o.BaseAddress = fakes.Prodigi.ApiBaseAddress;
                NoWaitsOnTheSimulatedClock(o.Resilience);
            })
            .AddPrintify(o =>
            {
                o.AccessToken = FakePrintify.DefaultToken;
                o.ShopId = FakePrintify.DefaultShopId;
                o.BaseAddress = fakes.Printify.ApiBaseAddress;
                o.Currency = "EUR";
                NoWaitsOnTheSimulatedClock(o.Resilience);
            })
            .UseCatalog(DemoShop.Catalog)
            .UseNetwork(FacilityNetwork.BuiltInEurope)
            .Route(p => p.PreferLocal().ThenBy(RoutingCriterion.Cost).ThenBy(RoutingCriterion.Co2e))
            .RunFulfillment(o => o.InstanceId = "podconnect-demo"));
        var provider = services.BuildServiceProvider();
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();

            // The seller authorizes the app in Partner Center; the redirect's code is exchanged once.
            await provider.GetRequiredService<TikTokShopAuthClient>().ExchangeCodeAsync(fakes.TikTok.IssueAuthCode(), cancellationToken);
            return new DemoLoop(provider);
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }
    }

    public void Dispose() => _services.Dispose();

    /// <summary>
    /// The clients' own retries and rate limiters wait on the clock, and the demo's clock moves only
    /// between passes: the loop retries a failed step on a later pass instead (as after any failure).
    /// </summary>
    private static void NoWaitsOnTheSimulatedClock(PodConnect.Http.Resilience.PodConnectResilienceOptions resilience)
    {
        resilience.MaxRetryAttempts = 0;
        resilience.PermitsPerSecond = 0;
    }
}
