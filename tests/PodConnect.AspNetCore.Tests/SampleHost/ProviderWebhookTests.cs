using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PodConnect.AspNetCore.Webhooks;
using PodConnect.Providers;
using PodConnect.SampleHost;
using PodConnect.Webhooks;

namespace PodConnect.AspNetCore.Tests.SampleHost;

/// <summary>
/// Prodigi's and Printify's deliveries through the sample host's endpoints and the loop's ingress. Printify signs
/// the body (X-Pfy-Signature): forged, altered or unsigned is 401. Prodigi signs nothing: the secret PodConnect puts
/// in each order's callbackUrl is all that authenticates it, so a delivery is only a hint and the loop re-reads the
/// order at Prodigi before acting; a body altered under the right secret (or Gelato's header secret) ships nothing.
/// </summary>
public sealed class ProviderWebhookTests : IClassFixture<SampleHostFactory>
{
    private readonly SampleHostFactory _host;
    private readonly HttpClient _client;

    public ProviderWebhookTests(SampleHostFactory host)
    {
        _host = host;
        _client = host.CreateClient();
    }

    // ---- Printify: HMAC-SHA256 over the raw body ----

    [Fact]
    public async Task A_signed_Printify_delivery_is_answered_200_with_an_empty_body()
    {
        var body = PrintifyBody("evt-ok-1");

        using var response = await PostPrintifyAsync(body, PrintifySignature(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(null)]                                                                      // unsigned
    [InlineData("sha256=0000000000000000000000000000000000000000000000000000000000000000")] // forged
    [InlineData("sha1=abc")]                                                                // not Printify's scheme
    public async Task A_Printify_delivery_without_a_valid_signature_is_answered_401(string? signature)
    {
        using var response = await PostPrintifyAsync(PrintifyBody("evt-forged"), signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_Printify_delivery_signed_with_another_secret_is_answered_401()
    {
        var body = PrintifyBody("evt-other-secret");

        using var response = await PostPrintifyAsync(body, PrintifySignature(body, "not-the-subscription-secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_altered_Printify_body_under_its_original_signature_is_answered_401()
    {
        var body = PrintifyBody("evt-altered");
        var signature = PrintifySignature(body);

        using var response = await PostPrintifyAsync(body.Replace("JD014600003828", "FORGED0000001", StringComparison.Ordinal), signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_replayed_Printify_delivery_is_answered_200_and_wakes_nothing()
    {
        var body = PrintifyBody("evt-replayed");
        using var first = await PostPrintifyAsync(body, PrintifySignature(body));
        await _host.WaitUntilAsync(() => _host.Monitor.Status.QueueAgeAt(DateTimeOffset.UtcNow) == TimeSpan.Zero, "the first delivery's hint taken");
        var reads = _host.Fakes.Printify.Requests.Count;

        using var again = await PostPrintifyAsync(body, PrintifySignature(body));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(reads, _host.Fakes.Printify.Requests.Count);
        Assert.Equal(WebhookIngressStatus.Duplicate, await IngressAgainAsync("printify", body, header: ("X-Pfy-Signature", PrintifySignature(body))));
    }

    [Theory]
    [InlineData("{\"id\":\"evt-1\",\"type\":")]
    [InlineData("[]")]
    [InlineData("{\"id\":\"evt-2\",\"created_at\":\"yesterday\",\"resource\":7}")]
    [InlineData("{\"id\":\"evt-3\",\"resource\":{\"id\":\"1\",\"type\":\"order\"}}")] // no type
    public async Task A_signed_but_malformed_Printify_delivery_is_answered_400(string body)
    {
        using var response = await PostPrintifyAsync(body, PrintifySignature(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    // ---- Prodigi: no signature; the secret in each order's callbackUrl ----

    [Fact]
    public async Task A_Prodigi_callback_to_the_callbackUrl_the_order_carries_is_answered_200()
    {
        var (orderId, prodigi) = await PlaceAtProdigiAsync();

        using var response = await PostAsync(prodigi.CallbackUrl!, _host.Fakes.Prodigi.CallbackBody(prodigi.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("AWAITING_SHIPMENT", (string?)_host.Fakes.Describe(orderId)?["tiktokStatus"]);
    }

    [Theory]
    [InlineData("")]                                  // no secret: a guessed route
    [InlineData("?token=sample-prodigi-callback-secreT")] // one character off
    [InlineData("?secret=sample-prodigi-callback-secret")] // the secret under another name
    public async Task A_Prodigi_callback_without_the_secret_is_answered_401(string query)
    {
        using var response = await PostAsync(SampleFakes.ProdigiCallbackUrl + query, CloudEvent("evt_forged", "ord_1", "Complete"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_replayed_Prodigi_callback_is_answered_200_and_wakes_nothing()
    {
        var (_, prodigi) = await PlaceAtProdigiAsync();
        var body = _host.Fakes.Prodigi.CallbackBody(prodigi.Id);
        using var first = await PostAsync(prodigi.CallbackUrl!, body);
        await _host.WaitUntilAsync(() => _host.Monitor.Status.QueueAgeAt(DateTimeOffset.UtcNow) == TimeSpan.Zero, "the first callback's hint taken");
        var reads = _host.Fakes.Prodigi.Requests.Count;

        using var again = await PostAsync(prodigi.CallbackUrl!, body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(reads, _host.Fakes.Prodigi.Requests.Count);
        Assert.Equal(WebhookIngressStatus.Duplicate, await IngressAgainAsync("prodigi", body, query: new Uri(prodigi.CallbackUrl!).Query));
    }

    [Theory]
    [InlineData("{\"specversion\":\"1.0\",\"type\":")]
    [InlineData("[]")]
    [InlineData("{\"specversion\":\"1.0\",\"id\":\"evt_1\"}")]                                                            // no type
    [InlineData("{\"specversion\":\"1.0\",\"id\":\"evt_2\",\"type\":\"com.prodigi.order.status.stage.changed#Complete\",\"time\":\"soon\"}")]
    [InlineData("{\"specversion\":\"1.0\",\"id\":\"evt_3\",\"type\":\"com.prodigi.order.status.stage.changed#Complete\",\"data\":{\"order\":{\"id\":7}}}")]
    public async Task A_Prodigi_callback_with_the_secret_but_malformed_is_answered_400(string body)
    {
        using var response = await PostAsync(SampleFakes.ProdigiCallbackUrl + "?token=" + SampleFakes.ProdigiCallbackSecret, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("prodigi")]
    [InlineData("printify")]
    public async Task An_oversized_delivery_is_answered_413(string provider)
    {
        var body = "{\"id\":\"evt\",\"pad\":\"" + new string('x', (int)PodConnectWebhookOptions.DefaultMaxBodyBytes) + "\"}";
        var url = provider == "prodigi" ? SampleFakes.ProdigiCallbackUrl + "?token=" + SampleFakes.ProdigiCallbackSecret : "/webhooks/printify";

        using var response = await PostAsync(url, body, provider == "printify" ? PrintifySignature(body) : null);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>
    /// The secret authenticates the sender, not the body: whoever holds it (or a delivery altered in transit) can claim
    /// anything. The claim only wakes the loop, which asks Prodigi, finds the order in production, and ships nothing.
    /// </summary>
    [Fact]
    public async Task A_forged_shipped_claim_under_Prodigis_secret_wakes_the_loop_but_marks_nothing_shipped()
    {
        var (orderId, prodigi) = await PlaceAtProdigiAsync();
        var reads = ProdigiReadsOf(prodigi.Id);
        var claim = JsonNode.Parse(_host.Fakes.Prodigi.CallbackBody(prodigi.Id, "com.prodigi.order.status.stage.changed#Complete"))!;
        var order = claim["data"]!["order"]!;
        order["status"]!["stage"] = "Complete";
        order["shipments"] = new JsonArray(new JsonObject
        {
            ["id"] = "shp_forged", ["status"] = "Shipped", ["carrier"] = new JsonObject { ["name"] = "Royal Mail", ["service"] = "Tracked48" },
            ["tracking"] = new JsonObject { ["number"] = "RM000000000GB", ["url"] = "https://track.example/forged" },
            ["dispatchDate"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture), ["items"] = new JsonArray(),
        });

        using var response = await PostAsync(prodigi.CallbackUrl!, claim.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // authentic by the only test Prodigi allows
        await _host.WaitUntilAsync(() => ProdigiReadsOf(prodigi.Id) > reads, "the loop re-read the order at Prodigi");
        await _host.WaitUntilAsync(() => _host.Monitor.Status.QueueAgeAt(DateTimeOffset.UtcNow) == TimeSpan.Zero, "the pass finished");
        Assert.Equal("AWAITING_SHIPMENT", (string?)_host.Fakes.Describe(orderId)?["tiktokStatus"]);
        Assert.Equal(0, MarkShippedCalls(orderId));
    }

    [Fact]
    public async Task A_forged_shipped_claim_under_Gelatos_header_secret_marks_nothing_shipped()
    {
        await _host.WaitUntilAsync(() => _host.Monitor.Status.CompletedPasses > 0, "the first pass");
        var orderId = _host.Fakes.PlaceOrder("TEE-BLK-M", "GB");
        using (await _client.SendAsync(SampleHostFactory.SignedPost(SampleHostFactory.OrderWebhookBody(orderId, DateTimeOffset.UtcNow))))
        {
        }

        await _host.WaitUntilAsync(() => (string?)_host.Fakes.Describe(orderId)?["provider"] == "gelato", "placed at Gelato");
        var gelatoId = (string)_host.Fakes.Describe(orderId)!["providerOrderId"]!;
        var reads = _host.Fakes.Gelato.Requests.Count(r => r.Method == "GET" && r.Path.Contains(gelatoId, StringComparison.Ordinal));
        var claim = new JsonObject
        {
            ["id"] = "os_forged", ["event"] = "order_status_updated", ["orderId"] = gelatoId, ["orderReferenceId"] = orderId,
            ["fulfillmentStatus"] = "shipped", ["created"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        }.ToJsonString();

        using var response = await PostAsync("/webhooks/gelato", claim, header: ("X-PodConnect-Webhook-Secret", SampleFakes.GelatoWebhookSecret));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _host.WaitUntilAsync(() => _host.Fakes.Gelato.Requests.Count(r => r.Method == "GET" && r.Path.Contains(gelatoId, StringComparison.Ordinal)) > reads, "the loop re-read the order at Gelato");
        await _host.WaitUntilAsync(() => _host.Monitor.Status.QueueAgeAt(DateTimeOffset.UtcNow) == TimeSpan.Zero, "the pass finished");
        Assert.Equal("AWAITING_SHIPMENT", (string?)_host.Fakes.Describe(orderId)?["tiktokStatus"]);
        Assert.Equal(0, MarkShippedCalls(orderId));
    }

    private async Task<(string OrderId, PodConnect.Testing.Prodigi.FakeProdigiOrder Order)> PlaceAtProdigiAsync()
    {
        await _host.WaitUntilAsync(() => _host.Monitor.Status.CompletedPasses > 0, "the first pass");
        var orderId = _host.Fakes.PlaceOrder("POSTER-A3", "GB");
        using (var hook = await _client.SendAsync(SampleHostFactory.SignedPost(SampleHostFactory.OrderWebhookBody(orderId, DateTimeOffset.UtcNow))))
        {
            Assert.Equal(HttpStatusCode.OK, hook.StatusCode);
        }

        await _host.WaitUntilAsync(() => (string?)_host.Fakes.Describe(orderId)?["provider"] == "prodigi", "placed at Prodigi");
        var order = _host.Fakes.Prodigi.Orders.Single(o => o.MerchantReference == orderId);
        Assert.Contains("token=" + SampleFakes.ProdigiCallbackSecret, order.CallbackUrl, StringComparison.Ordinal); // PodConnect put the secret there
        return (orderId, order);
    }

    private int ProdigiReadsOf(string prodigiId) =>
        _host.Fakes.Prodigi.Requests.Count(r => r.Method == "GET" && r.Path.EndsWith("/" + prodigiId, StringComparison.Ordinal));

    private int MarkShippedCalls(string orderId) =>
        _host.Fakes.TikTok.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith($"/orders/{orderId}/packages", StringComparison.Ordinal));

    private static string PrintifyBody(string eventId) => new JsonObject
    {
        ["id"] = eventId,
        ["type"] = "order:shipment:created",
        ["created_at"] = "2026-03-02 08:00:00+00:00",
        ["resource"] = new JsonObject
        {
            ["id"] = "5a96f649b2439217d070f507", ["type"] = "order",
            ["data"] = new JsonObject
            {
                ["shop_id"] = 815256, ["shipped_at"] = "2026-03-02 08:00:00+00:00",
                ["carrier"] = new JsonObject { ["code"] = "Evri", ["tracking_number"] = "JD014600003828", ["tracking_url"] = "https://track.example/JD014600003828" },
            },
        },
    }.ToJsonString();

    private static string PrintifySignature(string body, string secret = SampleFakes.PrintifyWebhookSecret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    private static string CloudEvent(string id, string orderId, string stage) =>
        $"{{\"specversion\":\"1.0\",\"type\":\"com.prodigi.order.status.stage.changed#{stage}\",\"source\":\"https://api.prodigi.com/v4.0/Orders/\",\"id\":\"{id}\",\"time\":\"2026-03-02T08:00:00Z\",\"subject\":\"{orderId}\",\"data\":{{}}}}";

    /// <summary>
    /// What the loop's ingress makes of a delivery handed to it once more. A duplicate wakes no pass; checked here
    /// rather than by counting passes, which races with the loop's own follow-up passes on the real clock.
    /// </summary>
    private async Task<WebhookIngressStatus> IngressAgainAsync(string source, string body, string? query = null, (string Name, string Value)? header = null)
    {
        var ingress = _host.Services.GetRequiredService<IWebhookIngress>();
        var headers = header is { } h ? new[] { new KeyValuePair<string, string>(h.Name, h.Value) } : null;
        return (await ingress.ReceiveAsync(source, new PodWebhookRequest(Encoding.UTF8.GetBytes(body), headers, query))).Status;
    }

    private Task<HttpResponseMessage> PostPrintifyAsync(string body, string? signature) =>
        PostAsync("/webhooks/printify", body, signature is null ? null : ("X-Pfy-Signature", signature));

    private Task<HttpResponseMessage> PostAsync(string url, string body, string? printifySignature) =>
        PostAsync(url, body, printifySignature is null ? null : ("X-Pfy-Signature", printifySignature));

    /// <summary>Posts to the path and query of <paramref name="url"/> on the test host (a callbackUrl names the public address).</summary>
    private async Task<HttpResponseMessage> PostAsync(string url, string body, (string Name, string Value)? header = null)
    {
        var pathAndQuery = Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : url;
        using var request = new HttpRequestMessage(HttpMethod.Post, pathAndQuery) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (header is { } h)
        {
            request.Headers.TryAddWithoutValidation(h.Name, h.Value);
        }

        return await _client.SendAsync(request);
    }
}
