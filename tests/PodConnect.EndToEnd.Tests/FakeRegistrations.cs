using Microsoft.Extensions.DependencyInjection;
using PodConnect.DependencyInjection;
using PodConnect.Testing.Printful;
using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.DependencyInjection;

namespace PodConnect.EndToEnd.Tests;

/// <summary>The loop's marketplace and providers registered against the HTTP fakes, as every end-to-end test does.</summary>
internal static class FakeRegistrations
{
    /// <summary>TikTok Shop on the fake, serving its default seller; no client-side retries or rate limit (the loop retries on its next pass; no test waits on a backoff timer).</summary>
    public static TikTokShopBuilder AddFakeTikTokShop(this IPodConnectBuilder pod, FakeTikTokShop fake) => pod
        .AddTikTokShop(o =>
        {
            o.AppKey = fake.AppKey;
            o.AppSecret = fake.AppSecret;
            o.ApiBaseUrl = fake.BaseAddress;
            o.AuthBaseUrl = fake.BaseAddress;
            o.Resilience.PermitsPerSecond = 0;
            o.Resilience.MaxRetryAttempts = 0;
        })
        .ForSellers(FakeTikTokShop.DefaultSellerId);

    /// <summary>Printful on the fake, verifying its signed v2 webhooks; no client-side retries or rate limit.</summary>
    public static PodProviderBuilder AddFakePrintful(this IPodConnectBuilder pod, FakePrintful fake) => pod
        .AddPrintful(o =>
        {
            o.AccessToken = FakePrintful.DefaultAccessToken;
            o.BaseAddress = fake.BaseAddress;
            o.WebhookSecretKey = fake.WebhookSecretKey;
            o.Resilience.PermitsPerSecond = 0;
            o.Resilience.MaxRetryAttempts = 0;
        });
}
