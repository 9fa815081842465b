// The sample host: an ASP.NET Core service wired to PodConnect on the built-in fakes (TikTok Shop and Gelato
// served by WireMock on 127.0.0.1), so it runs without credentials: `dotnet run`, then GET /health.
// docs/aspnetcore.md explains each line.
using PodConnect.Testing.Gelato;
using PodConnect.Testing.TikTokShop;

var builder = WebApplication.CreateBuilder(args);

// In production these are the real APIs and the secrets come from configuration; here the fakes play them.
using var tikTok = FakeTikTokShop.Start();
using var gelato = FakeGelato.Start();
gelato.WebhookSecret = "sample-gelato-webhook-secret";
builder.Services.AddSingleton(tikTok);
builder.Services.AddSingleton(gelato);

builder.Services.AddPodConnect(pod => pod
    .AddTikTokShop(o =>
    {
        o.AppKey = tikTok.AppKey;
        o.AppSecret = tikTok.AppSecret;
        o.ApiBaseUrl = tikTok.BaseAddress;
        o.AuthBaseUrl = tikTok.BaseAddress;
    })
    .AddGelato(o =>
    {
        o.ApiKey = gelato.ApiKey;
        o.BaseAddress = gelato.BaseAddress;
        o.WebhookSecret = gelato.WebhookSecret;
    }));
builder.Services.AddHealthChecks().AddPodConnect();

// OpenTelemetry users add one line each to their providers (no package is needed for PodConnect itself):
//   .WithTracing(t => t.AddSource(PodConnect.AspNetCore.PodConnectTelemetry.ActivitySourceName))
//   .WithMetrics(m => m.AddMeter(PodConnect.AspNetCore.PodConnectTelemetry.MeterName));

var app = builder.Build();
app.MapHealthChecks("/health");

// The webhook endpoints need the fulfilment loop's ingress (pod.….RunFulfillment()), which is not on main yet;
// with it, this line maps POST /webhooks/tiktokshop and /webhooks/gelato:
//   app.MapPodConnectWebhooks("/webhooks");
app.MapGet("/", () => "PodConnect sample host: GET /health");
app.Run();
