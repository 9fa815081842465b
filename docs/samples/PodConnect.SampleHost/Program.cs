// The sample host: an ASP.NET Core service running PodConnect's fulfilment loop with its webhook endpoints and
// health checks. Stand-ins for TikTok Shop, Gelato, Printful, Prodigi and Printify (WireMock on 127.0.0.1) play the remote APIs, so
// it runs without credentials: `dotnet run --project docs/samples/PodConnect.SampleHost`, then follow
// docs/getting-started.md ("Run the sample host") to curl /health and post a signed webhook.
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using PodConnect.Routing;
using PodConnect.SampleHost;

var builder = WebApplication.CreateBuilder(args);

// Starts the stand-ins and writes their addresses and credentials into configuration (PodConnect:*).
// In production delete this line: the same settings come from appsettings.json and your secret store.
var fakes = SampleFakes.Start(builder);

var pod = builder.Configuration.GetSection("PodConnect");
builder.Services.AddPodConnect(p => p
    .AddTikTokShop(o => pod.GetSection("TikTokShop").Bind(o))
        .ForSellers(pod.GetSection("TikTokShop:Marketplace"))
    .AddGelato(o => pod.GetSection("Gelato").Bind(o))
    .AddPrintful(o => pod.GetSection("Printful").Bind(o))
    .AddProdigi(o => pod.GetSection("Prodigi").Bind(o))
    .AddPrintify(o => pod.GetSection("Printify").Bind(o))
    .UseCatalog(c => c.FromJsonFile(Path.Combine(AppContext.BaseDirectory, "catalog.json")))
    .UseNetwork(FacilityNetwork.BuiltInEurope)
    .Route(r => r.PreferLocal().ThenBy(RoutingCriterion.Cost).ThenBy(RoutingCriterion.Co2e))
    .RunFulfillment(pod.GetSection("Fulfillment")));
builder.Services.AddHealthChecks().AddPodConnect();

// OpenTelemetry users add one line each to their providers (PodConnect itself needs no OpenTelemetry package):
//   .WithTracing(t => t.AddSource(PodConnect.AspNetCore.PodConnectTelemetry.ActivitySourceName))
//   .WithMetrics(m => m.AddMeter(PodConnect.AspNetCore.PodConnectTelemetry.MeterName));

var app = builder.Build();
app.MapPodConnectWebhooks("/webhooks");   // POST /webhooks/tiktokshop, /gelato, /printful, /prodigi, /printify
app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthJson.WriteAsync });

// Stands for "2. Authorize a shop" (the seller's OAuth grant) and points the providers' webhooks at this host.
await fakes.AuthorizeShopAsync(app.Services);
fakes.SendProviderWebhooksTo(app);
app.MapSampleOrders(fakes);   // POST /sample/orders: a buyer places an order; GET /sample/orders/{id}: where it is

app.Run();

/// <summary>The entry point, public so tests can start this host with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
