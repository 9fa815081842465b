using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PodConnect.Providers;
using PodConnect.Webhooks;

namespace PodConnect.AspNetCore.Tests.SampleHost;

/// <summary>
/// Signed deliveries through the sample host's real endpoints and the loop's real ingress: what is authentic reaches
/// the loop, which acts on it; what is forged, altered, redelivered, oversized or malformed gets its status and nothing else.
/// </summary>
public sealed class SampleHostWebhookTests : IClassFixture<SampleHostFactory>
{
    private readonly SampleHostFactory _host;
    private readonly HttpClient _client;

    public SampleHostWebhookTests(SampleHostFactory host)
    {
        _host = host;
        _client = host.CreateClient();
    }

    [Fact]
    public async Task A_signed_TikTok_delivery_reaches_the_loop_which_places_the_order_at_a_provider()
    {
        await _host.WaitUntilAsync(() => _host.Monitor.Status.CompletedPasses > 0, "the first pass (its poll must not find the order)");
        var orderId = _host.Fakes.PlaceOrder("TEE-BLK-M", "GB");
        var readsBefore = DetailReads(orderId);

        using var response = await _client.SendAsync(SampleHostFactory.SignedPost(SampleHostFactory.OrderWebhookBody(orderId, DateTimeOffset.UtcNow)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        // The next poll is 5 minutes away: the order is read and placed because the webhook woke the loop.
        await _host.WaitUntilAsync(() => _host.Fakes.Describe(orderId)?["provider"] is not null, "the order placed at a provider");
        Assert.True(DetailReads(orderId) > readsBefore, "the loop re-read the order after the webhook");
    }

    [Fact]
    public async Task A_redelivery_is_answered_200_and_reaches_the_loop_once()
    {
        var orderId = _host.Fakes.PlaceOrder("TEE-BLK-M", "GB");
        var body = SampleHostFactory.OrderWebhookBody(orderId, DateTimeOffset.UtcNow);

        using var first = await _client.SendAsync(SampleHostFactory.SignedPost(body));
        await _host.WaitUntilAsync(() => _host.Fakes.Describe(orderId)?["provider"] is not null, "the order placed");
        var reads = DetailReads(orderId);
        using var again = await _client.SendAsync(SampleHostFactory.SignedPost(body));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(reads, DetailReads(orderId)); // the redelivery made the loop read nothing

        // The ingress already knows this delivery, so it is a duplicate, which wakes no pass. (Counting passes raced
        // with the loop's own follow-up pass after a placement, which runs on the real clock.)
        var ingress = _host.Services.GetRequiredService<IWebhookIngress>();
        var onceMore = await ingress.ReceiveAsync("tiktokshop", new PodWebhookRequest(Encoding.UTF8.GetBytes(body), [new("Authorization", SampleHostFactory.Sign(body))]));
        Assert.Equal(WebhookIngressStatus.Duplicate, onceMore.Status);
    }

    [Fact]
    public async Task A_forged_signature_is_answered_401_with_an_empty_body()
    {
        using var response = await _client.SendAsync(SampleHostFactory.SignedPost(SampleHostFactory.OrderWebhookBody("1", DateTimeOffset.UtcNow), new string('0', 64)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_altered_body_is_answered_401()
    {
        var body = SampleHostFactory.OrderWebhookBody("2", DateTimeOffset.UtcNow);
        var signature = SampleHostFactory.Sign(body);

        using var response = await _client.SendAsync(SampleHostFactory.SignedPost(body.Replace("AWAITING_SHIPMENT", "CANCEL", StringComparison.Ordinal), signature));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_stale_delivery_with_its_valid_signature_is_answered_401_and_wakes_nothing()
    {
        var orderId = _host.Fakes.PlaceOrder("TEE-BLK-M", "GB");
        var reads = DetailReads(orderId);

        // Signed by TikTok, but two days old: TikTok stops retrying after ~15 h, so this is a replay.
        using var response = await _client.SendAsync(SampleHostFactory.SignedPost(SampleHostFactory.OrderWebhookBody(orderId, DateTimeOffset.UtcNow.AddDays(-2))));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(reads, DetailReads(orderId));
    }

    [Fact]
    public async Task An_oversized_delivery_is_answered_413()
    {
        var padding = new string(' ', (int)PodConnect.AspNetCore.Webhooks.PodConnectWebhookOptions.DefaultMaxBodyBytes);
        var body = SampleHostFactory.OrderWebhookBody("4", DateTimeOffset.UtcNow).Insert(1, padding);

        using var response = await _client.SendAsync(SampleHostFactory.SignedPost(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"type\":1,\"data\":")]
    [InlineData("[]")]
    [InlineData("{\"type\":\"one\",\"shop_id\":7,\"timestamp\":\"soon\",\"data\":{}}")]
    public async Task A_signed_but_malformed_delivery_is_answered_400(string body)
    {
        using var response = await _client.SendAsync(SampleHostFactory.SignedPost(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_provider_delivery_without_its_secret_is_answered_401()
    {
        using var content = new StringContent("{\"event\":\"order_status_updated\",\"orderId\":\"x\"}", Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync("/webhooks/gelato", content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private int DetailReads(string orderId) =>
        _host.Fakes.TikTok.Requests.Count(r => (r.QueryValue("ids") ?? string.Empty).Contains(orderId, StringComparison.Ordinal)); // batched order detail reads
}
