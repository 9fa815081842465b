using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PodConnect.Testing.TikTokShop;
using PodConnect.Webhooks;

namespace PodConnect.AspNetCore.Tests.Webhooks;

/// <summary>TikTok Shop's fake signs deliveries as TikTok does; the endpoint must pass the bytes on untouched.</summary>
public sealed class SignedDeliveryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private FakeTikTokShop _tikTok = null!;
    private WebhookHost _host = null!;

    private TikTokVerifyingIngress Ingress => (TikTokVerifyingIngress)_host.Services.GetRequiredService<IWebhookIngress>();

    public async Task InitializeAsync()
    {
        _tikTok = FakeTikTokShop.Start(_time);
        _host = await WebhookHost.StartAsync(null, services: s =>
        {
            s.AddSingleton<TimeProvider>(_time);
            s.AddPodConnect(b => b.AddTikTokShop(o =>
            {
                o.AppKey = _tikTok.AppKey;
                o.AppSecret = _tikTok.AppSecret;
                o.ApiBaseUrl = _tikTok.BaseAddress;
                o.AuthBaseUrl = _tikTok.BaseAddress;
            }));
            s.AddSingleton<IWebhookIngress>(sp => ActivatorUtilities.CreateInstance<TikTokVerifyingIngress>(sp));
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _tikTok.Dispose();
    }

    [Fact]
    public async Task A_signed_delivery_reaches_the_queue_once_and_its_redelivery_is_answered_200()
    {
        var body = OrderChanged("576653688135258178");

        var first = await _tikTok.SendWebhookAsync(_host.Client, Route, body);
        var again = await _tikTok.SendWebhookAsync(_host.Client, Route, body);

        Assert.Equal(200, first);
        Assert.Equal(200, again);
        Assert.Equal(["576653688135258178"], Ingress.Queued);
    }

    [Fact]
    public async Task A_forged_signature_is_answered_401()
    {
        using var response = await PostAsync(OrderChanged("1"), "0".PadLeft(64, '0'));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(Ingress.Queued);
    }

    [Fact]
    public async Task An_altered_body_is_answered_401()
    {
        var body = OrderChanged("2");
        var signature = _tikTok.SignWebhook(body);

        using var response = await PostAsync(body.Replace("AWAITING_SHIPMENT", "CANCELLED", StringComparison.Ordinal), signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Ingress.Queued);
    }

    [Fact]
    public async Task An_old_delivery_replayed_with_its_valid_signature_is_answered_401()
    {
        var body = OrderChanged("3");
        _time.Advance(TimeSpan.FromHours(25));

        using var response = await PostAsync(body, _tikTok.SignWebhook(body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Ingress.Queued);
    }

    private Uri Route => new(_host.Client.BaseAddress!, "/webhooks/" + TikTokVerifyingIngress.Source);

    private string OrderChanged(string orderId) =>
        _tikTok.CreateWebhookBody(1, new JsonObject { ["order_id"] = orderId, ["order_status"] = "AWAITING_SHIPMENT", ["update_time"] = Start.ToUnixTimeSeconds() });

    private async Task<HttpResponseMessage> PostAsync(string body, string signature)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = content };
        request.Headers.TryAddWithoutValidation("Authorization", signature);
        return await _host.Client.SendAsync(request);
    }
}
