using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using PodConnect.Testing.Common;
using Xunit.Abstractions;

namespace PodConnect.AspNetCore.Tests.SampleHost;

/// <summary>The sample host on 127.0.0.1: providers' own signed webhooks reach the loop, and a slow loop never slows the answer.</summary>
public sealed class SampleHostLoopTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("TEE-BLK-M", "gelato")]       // Gelato's webhook carries the shared secret header
    [InlineData("CAP-RED", "printful")]       // Printful's v2 webhook is signed (x-pf-webhook-signature)
    [InlineData("POSTER-A3", "prodigi")]      // Prodigi signs nothing: the secret rides in each order's callbackUrl
    [InlineData("HOODIE-BLK-L", "printify")]  // Printify's webhook is signed (X-Pfy-Signature)
    public async Task A_provider_shipping_webhook_reaches_the_loop_which_marks_the_order_shipped_on_TikTok_once(string sku, string provider)
    {
        await using var host = SampleHostFactory.OnLoopback();
        host.StartServer();
        using var client = host.CreateClient();
        var orderId = host.Fakes.PlaceOrder(sku, "GB");
        var announced = 0;
        host.Monitor.OrderShipped += (_, shipped) => Interlocked.Add(ref announced, shipped.Order.OrderId == orderId ? 1 : 0);
        using (var hook = await client.SendAsync(SampleHostFactory.SignedPost(SampleHostFactory.OrderWebhookBody(orderId, DateTimeOffset.UtcNow))))
        {
            Assert.Equal(HttpStatusCode.OK, hook.StatusCode);
        }

        await host.WaitUntilAsync(() => (string?)host.Fakes.Describe(orderId)?["provider"] == provider, $"placed at {provider}");
        var providerReads = ProviderRequests(host);

        // The fake posts its webhooks to /webhooks/{provider}; Gelato and Prodigi announce one parcel with two.
        Assert.True(await host.Fakes.ShipAsync(orderId));

        // No poll or provider check is due for hours: only the provider's webhook can make the loop re-read and mark shipped.
        await host.WaitUntilAsync(() => (string?)host.Fakes.Describe(orderId)?["tiktokStatus"] == "AWAITING_COLLECTION", "marked shipped on TikTok");
        Assert.True(ProviderRequests(host) > providerReads, "the loop re-read the provider order");

        // Every webhook of the shipment has been answered, so its hint is queued: a later TikTok webhook's pass takes it too.
        var sentinel = host.Fakes.PlaceOrder("TEE-BLK-M", "GB");
        using (var hook = await client.SendAsync(SampleHostFactory.SignedPost(SampleHostFactory.OrderWebhookBody(sentinel, DateTimeOffset.UtcNow))))
        {
            Assert.Equal(HttpStatusCode.OK, hook.StatusCode);
        }

        await host.WaitUntilAsync(() => host.Fakes.Describe(sentinel)?["provider"] is not null, "the next order placed");
        Assert.Equal(1, host.Fakes.TikTok.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith($"/orders/{orderId}/packages", StringComparison.Ordinal))); // Mark Package As Shipped
        Assert.Equal(1, Volatile.Read(ref announced));
    }

    private static int ProviderRequests(SampleHostFactory host) =>
        host.Fakes.Gelato.Requests.Count + host.Fakes.Printful.Requests.Count + host.Fakes.Prodigi.Requests.Count + host.Fakes.Printify.Requests.Count;

    [Fact]
    public async Task A_burst_of_1000_signed_deliveries_is_answered_within_3_s_each_while_the_loop_is_slow()
    {
        await using var host = new SampleHostFactory();
        using var client = host.CreateClient();
        await host.WaitUntilAsync(() => host.Monitor.Status.CompletedPasses > 0, "the first pass");
        // Every TikTok read now takes 2 s: the loop's passes crawl while the deliveries arrive.
        host.Fakes.TikTok.Faults.Add(Fault.Delay(TimeSpan.FromSeconds(2)), "/", times: 10_000);
        var ids = Enumerable.Range(0, 1_000).Select(_ => host.Fakes.PlaceOrder("TEE-BLK-M", "GB")).ToArray();

        // 32 in flight at a time, as a sender's connection pool would send them; each request's own time is measured.
        var answers = new ConcurrentBag<(HttpStatusCode Status, TimeSpan Elapsed)>();
        var total = Stopwatch.StartNew();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (id, token) =>
        {
            using var request = SampleHostFactory.SignedPost(SampleHostFactory.OrderWebhookBody(id, DateTimeOffset.UtcNow));
            var watch = Stopwatch.StartNew();
            using var response = await client.SendAsync(request, token);
            answers.Add((response.StatusCode, watch.Elapsed));
        });
        total.Stop();

        var sorted = answers.Select(a => a.Elapsed.TotalMilliseconds).Order().ToArray();
        output.WriteLine($"1,000 deliveries in {total.Elapsed.TotalMilliseconds:0} ms; per answer p50 {sorted[499]:0.0} ms, p99 {sorted[989]:0.0} ms, max {sorted[^1]:0.0} ms; passes completed meanwhile {host.Monitor.CompletedPasses}");
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal(1_000, answers.Count);
        Assert.All(answers, a => Assert.True(a.Elapsed < TimeSpan.FromSeconds(3), $"answered after {a.Elapsed}")); // TikTok's budget, not a benchmark
        Assert.True(host.Monitor.Status.QueueAgeAt(DateTimeOffset.UtcNow) > TimeSpan.Zero, "deliveries wait behind the slow pass: the answers did not wait for the loop");
    }
}
