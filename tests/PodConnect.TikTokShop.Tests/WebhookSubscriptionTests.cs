using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Auth;

namespace PodConnect.TikTokShop.Tests;

/// <summary>
/// The client, end to end through its signing handler, reproduces the research's vectors V2 (GET) and
/// V3 (PUT with body) on the wire: same app key, secret, cipher, timestamp, path and body bytes.
/// </summary>
public sealed class WebhookSubscriptionTests : IDisposable
{
    private const string Cipher = "ROW_xkMbgAAAeVAQra0eZWebFQq5aIK";
    private readonly FakeTikTokShop _fake;
    private readonly ServiceProvider _provider;
    private readonly TikTokShopClient _client;
    private readonly TikTokShopRef _shop = new(FakeTikTokShop.DefaultSellerId, Cipher);

    public WebhookSubscriptionTests()
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1696909648));
        _fake = FakeTikTokShop.Start(time, appKey: "68xu9ks5p4i8", appSecret: "e59af819cc");
        _fake.AddShop(FakeTikTokShop.DefaultSellerId, "7494726673780148744", Cipher);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddPodConnect(b => b.AddTikTokShop(o => { o.AppKey = _fake.AppKey; o.AppSecret = _fake.AppSecret; o.ApiBaseUrl = _fake.BaseAddress; o.AuthBaseUrl = _fake.BaseAddress; }));
        _provider = services.BuildServiceProvider();
        _provider.GetRequiredService<ITikTokShopTokenStore>().SaveAsync(_fake.IssueToken().ToClientToken()).AsTask().GetAwaiter().GetResult();
        _client = _provider.GetRequiredService<TikTokShopClient>();
    }

    public void Dispose()
    {
        _provider.Dispose();
        _fake.Dispose();
    }

    [Fact]
    public async Task Put_subscription_is_signed_exactly_like_vector_V3()
    {
        await _client.ForShop(_shop).Webhooks.SetAsync("PACKAGE_UPDATE", new Uri("https://partner.tiktokshop.com"));

        var put = Assert.Single(_fake.Requests, r => r.Method == "PUT");
        Assert.Equal("""{"event_type":"PACKAGE_UPDATE","address":"https://partner.tiktokshop.com"}""", System.Text.Encoding.UTF8.GetString(put.Body));
        Assert.Equal("701dd6deb2389fe4c469b89bd37fc56f96a6da6afeb4d01c9077a65169752fa7", put.QueryValue("sign"));
        Assert.Equal(0, put.TikTokCode());
        Assert.Equal("https://partner.tiktokshop.com", _fake.GetWebhookSubscriptions(Cipher)["PACKAGE_UPDATE"]);
    }

    [Fact]
    public async Task Get_subscriptions_is_signed_exactly_like_vector_V2()
    {
        await _client.ForShop(_shop).Webhooks.SetAsync("ORDER_STATUS_CHANGE", new Uri("https://example.com/hooks/tiktok"));

        var hooks = await _client.ForShop(_shop).Webhooks.GetAsync();

        var get = Assert.Single(_fake.Requests, r => r.Method == "GET");
        Assert.Equal("ed58e1b5e59865c22a7b828c1cab65007441f43cc91a6cb2f2cdc638e0995a37", get.QueryValue("sign"));
        var hook = Assert.Single(hooks);
        Assert.Equal(("ORDER_STATUS_CHANGE", "https://example.com/hooks/tiktok"), (hook.EventType, hook.Address));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1696909648), hook.CreateTime);
    }

    [Fact]
    public async Task Delete_removes_the_subscription()
    {
        await _client.ForShop(_shop).Webhooks.SetAsync("ORDER_STATUS_CHANGE", new Uri("https://example.com/a"));
        await _client.ForShop(_shop).Webhooks.DeleteAsync("ORDER_STATUS_CHANGE");
        Assert.Empty(await _client.ForShop(_shop).Webhooks.GetAsync());
    }
}
