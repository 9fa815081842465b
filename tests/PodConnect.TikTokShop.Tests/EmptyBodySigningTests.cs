using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Orders;
using PodConnect.TikTokShop.Signing;

namespace PodConnect.TikTokShop.Tests;

/// <summary>
/// A <c>{}</c> body is sent but left out of the signed string, as TikTok's official SDKs do; the fake
/// models TikTok accepting that (its default) and, separately, a TikTok that accepts either way.
/// </summary>
public sealed class EmptyBodySigningTests : IDisposable
{
    private const string SearchPath = "/order/202309/orders/search";
    private readonly Harness _h = new();

    public void Dispose() => _h.Dispose();

    [Theory]
    [InlineData("{}")]
    [InlineData(" { \n} ")]
    public void An_empty_object_signs_like_no_body(string body)
    {
        KeyValuePair<string, string?>[] query = [new("app_key", "k"), new("timestamp", "1")];

        Assert.Equal(TikTokShopSigner.Sign("s", "/p", query, []), TikTokShopSigner.Sign("s", "/p", query, Encoding.UTF8.GetBytes(body)));
        Assert.NotEqual(TikTokShopSigner.Sign("s", "/p", query, []), TikTokShopSigner.Sign("s", "/p", query, "{\"a\":1}"u8));
        Assert.NotEqual(TikTokShopSigner.Sign("s", "/p", query, []), TikTokShopSigner.Sign("s", "/p", query, "{"u8));
    }

    [Theory]
    [InlineData(FakeEmptyBodySigning.LeftOut)]
    [InlineData(FakeEmptyBodySigning.Either)]
    public async Task The_clients_empty_object_requests_are_accepted(FakeEmptyBodySigning rule)
    {
        _h.Fake.EmptyObjectBodySigning = rule;

        await _h.Shop.Orders.GetOrderPageAsync(); // no filters: the body is {}
        await _h.Shop.Orders.FindByExternalOrderAsync(TikTokExternalPlatform.OrderManagementSystem, "p-1");

        var search = Assert.Single(_h.RequestsTo(SearchPath));
        Assert.Equal("{}"u8.ToArray(), search.Body);
        Assert.All(_h.Fake.Requests, r => Assert.Equal(0, r.TikTokCode()));
    }

    [Theory]
    [InlineData(FakeEmptyBodySigning.LeftOut, 106001)]
    [InlineData(FakeEmptyBodySigning.Either, 0)]
    [InlineData(FakeEmptyBodySigning.Included, 0)]
    public async Task A_signature_over_the_braces_is_accepted_only_where_the_server_allows_it(FakeEmptyBodySigning rule, int code)
    {
        _h.Fake.EmptyObjectBodySigning = rule;

        Assert.Equal(code, await SendSignedOverBracesAsync());
    }

    [Fact]
    public async Task A_server_that_signs_the_braces_would_refuse_the_official_way()
    {
        _h.Fake.EmptyObjectBodySigning = FakeEmptyBodySigning.Included;

        var ex = await Assert.ThrowsAnyAsync<PodConnect.Errors.PodConnectException>(() => _h.Shop.Orders.GetOrderPageAsync());

        Assert.Equal("106001", ex.ErrorCode);
    }

    /// <summary>A Search Orders request whose signature includes the <c>{}</c> body (not what the SDKs do).</summary>
    private async Task<int> SendSignedOverBracesAsync()
    {
        var timestamp = _h.Time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var query = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["app_key"] = _h.Fake.AppKey,
            ["page_size"] = "10",
            ["shop_cipher"] = FakeTikTokShop.DefaultShopCipher,
            ["timestamp"] = timestamp,
        };
        var signed = _h.Fake.AppSecret + SearchPath + string.Concat(query.Select(p => p.Key + p.Value)) + "{}" + _h.Fake.AppSecret;
        var sign = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(_h.Fake.AppSecret), Encoding.UTF8.GetBytes(signed)));
        var url = _h.Fake.BaseAddress + SearchPath.TrimStart('/') + "?" + string.Join('&', query.Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value))) + "&sign=" + sign;
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        request.Headers.Add("x-tts-access-token", (await _h.Tokens.GetAsync(FakeTikTokShop.DefaultSellerId))!.AccessToken);
        using var raw = new HttpClient();
        using var response = await raw.SendAsync(request);
        return _h.RequestsTo(SearchPath).Last().TikTokCode()!.Value;
    }
}
