using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PodConnect.Fulfillment;
using PodConnect.SampleHost;
using PodConnect.Testing.TikTokShop;

namespace PodConnect.AspNetCore.Tests.SampleHost;

/// <summary>
/// The sample host (docs/samples/PodConnect.SampleHost) started through <see cref="WebApplicationFactory{TEntryPoint}"/>:
/// the real fulfilment loop, its webhook ingress and the health checks, on the fakes. <see cref="OnLoopback"/> listens on
/// 127.0.0.1 so the provider fakes can post their webhooks to it, as Gelato and Printful would.
/// </summary>
public sealed class SampleHostFactory : WebApplicationFactory<Program>
{
    /// <summary>A host listening on 127.0.0.1 (a free port), so the provider fakes can post their webhooks to it.</summary>
    public static SampleHostFactory OnLoopback()
    {
        var factory = new SampleHostFactory();
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        return factory;
    }

    public SampleFakes Fakes => Services.GetRequiredService<SampleFakes>();

    public FulfillmentMonitor Monitor => Services.GetRequiredService<FulfillmentMonitor>();

    /// <summary>A TikTok order-status webhook body, as the getting-started guide's command writes it.</summary>
    public static string OrderWebhookBody(string orderId, DateTimeOffset at, string? notificationId = null)
    {
        var seconds = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"{{\"type\":1,\"tts_notification_id\":\"{notificationId ?? "n-" + orderId}\",\"shop_id\":\"{FakeTikTokShop.DefaultShopId}\",\"timestamp\":{seconds},\"data\":{{\"order_id\":\"{orderId}\",\"order_status\":\"AWAITING_SHIPMENT\",\"update_time\":{seconds}}}}}";
    }

    /// <summary>The signature as the guide's <c>openssl dgst -sha256 -hmac</c> command computes it: HMAC-SHA256(app secret, app key + body), hex.</summary>
    public static string Sign(string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(FakeTikTokShop.DefaultAppSecret), Encoding.UTF8.GetBytes(FakeTikTokShop.DefaultAppKey + body)));

    public static HttpRequestMessage SignedPost(string body, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/tiktokshop") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", signature ?? Sign(body));
        return request;
    }

    /// <summary>Waits, pass by pass, until <paramref name="done"/> holds (the loop's own signal, no sleeping); fails after a generous bound.</summary>
    public async Task WaitUntilAsync(Func<bool> done, string what)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!done())
        {
            var passes = Monitor.CompletedPasses;
            try
            {
                await Monitor.WaitForPassAsync(passes, bound.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Not within 60 s: {what}");
            }
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseEnvironment("Development");
}
