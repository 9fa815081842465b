using System.Text;
using PodConnect.TikTokShop.Signing;

namespace PodConnect.TikTokShop.Tests;

public class SignerTests
{
    private const string Secret = "e59af819cc";

    private static KeyValuePair<string, string?> P(string key, string? value) => new(key, value);

    [Fact]
    public void V1_official_doc_example()
    {
        var sign = TikTokShopSigner.Sign(Secret, "/authorization/202309/shops", [P("app_key", "29a39d"), P("timestamp", "1623812664")], []);
        Assert.Equal("b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8", sign);
    }

    [Fact]
    public void V2_get_with_shop_cipher_and_excluded_access_token()
    {
        var sign = TikTokShopSigner.Sign(Secret, "/event/202309/webhooks",
            [P("timestamp", "1696909648"), P("access_token", "whatever"), P("shop_cipher", "ROW_xkMbgAAAeVAQra0eZWebFQq5aIK"), P("app_key", "68xu9ks5p4i8")], []);
        Assert.Equal("ed58e1b5e59865c22a7b828c1cab65007441f43cc91a6cb2f2cdc638e0995a37", sign);
    }

    [Fact]
    public void V3_put_signs_the_exact_body_bytes()
    {
        var query = new[] { P("app_key", "68xu9ks5p4i8"), P("shop_cipher", "ROW_xkMbgAAAeVAQra0eZWebFQq5aIK"), P("timestamp", "1696909648"), P("access_token", "x") };
        var body = """{"event_type":"PACKAGE_UPDATE","address":"https://partner.tiktokshop.com"}"""u8;
        Assert.Equal("701dd6deb2389fe4c469b89bd37fc56f96a6da6afeb4d01c9077a65169752fa7", TikTokShopSigner.Sign(Secret, "/event/202309/webhooks", query, body));

        var reordered = """{"address":"https://partner.tiktokshop.com","event_type":"PACKAGE_UPDATE"}"""u8;
        Assert.NotEqual("701dd6deb2389fe4c469b89bd37fc56f96a6da6afeb4d01c9077a65169752fa7", TikTokShopSigner.Sign(Secret, "/event/202309/webhooks", query, reordered));
    }

    [Fact]
    public void V4_official_base_string()
    {
        var sign = TikTokShopSigner.Sign(Secret, "/event/202309/webhooks",
            [P("app_key", "68xu9ks5p4i8"), P("shop_cipher", "ROW_xkMbgAAAeVAQra0eZWebFQq5aIKt"), P("timestamp", "1696909648")],
            """{"address":"https://partner.tiktokshop.com","event_type":"PACKAGE_UPDATE"}"""u8);
        Assert.Equal("a75b9c8cd57140cab6dc95bf31c37bd6ffface74210768b6517c0ff81659b0ba", sign);
    }

    [Fact]
    public void V5_post_with_decoded_page_token_excluding_sign_and_access_token()
    {
        var sign = TikTokShopSigner.Sign(Secret, "/order/202309/orders/search",
        [
            P("sign", "x"), P("timestamp", "1623812664"), P("page_token", "6AsPQsUMvH3RkchNUPPh22NROHkE0D8pmq/N5M1kHYcZmtRyv9aVrNv65W7Q6tFA+7D1ud64MPNz5OaT"),
            P("access_token", "y"), P("shop_cipher", "GCP_XF90igAAAABh00qsWgtvOiGFNqyubMt3"), P("page_size", "100"), P("app_key", "29a39d"),
        ], """{"order_status":"UNPAID"}"""u8);
        Assert.Equal("6b55918cfea8c0a45c2e533b88a5d8c2c379f23ded442d71d9be1fa86d28f73e", sign);
    }

    [Fact]
    public void Empty_and_null_values_are_not_signed()
    {
        var plain = TikTokShopSigner.Sign(Secret, "/authorization/202309/shops", [P("app_key", "29a39d"), P("timestamp", "1623812664")], []);
        var withEmpty = TikTokShopSigner.Sign(Secret, "/authorization/202309/shops", [P("page_token", ""), P("app_key", "29a39d"), P("x", null), P("timestamp", "1623812664")], []);
        Assert.Equal(plain, withEmpty);
    }

    [Fact]
    public void Large_queries_and_bodies_use_the_same_algorithm()
    {
        // Beyond the stack buffers: 40 parameters and a 10 kB body.
        var query = Enumerable.Range(0, 40).Select(i => P($"k{i:D2}", new string('v', 50))).Reverse().ToList();
        var body = Encoding.UTF8.GetBytes("{\"a\":\"" + new string('é', 5000) + "\"}");
        var expected = Reference(Secret, "/p", query, body);
        Assert.Equal(expected, TikTokShopSigner.Sign(Secret, "/p", query, body));
    }

    [Fact]
    public void Alternating_secrets_on_one_thread_never_reuse_the_wrong_key()
    {
        for (var i = 0; i < 3; i++)
        {
            V1_official_doc_example();
            var other = TikTokShopSigner.Sign("another-secret", "/authorization/202309/shops", [P("app_key", "29a39d"), P("timestamp", "1623812664")], []);
            Assert.Equal(Reference("another-secret", "/authorization/202309/shops", [P("app_key", "29a39d"), P("timestamp", "1623812664")], []), other);
        }
    }

    [Fact]
    public async Task Signing_is_thread_safe()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() =>
            TikTokShopSigner.Sign(i % 2 == 0 ? Secret : "s2", "/authorization/202309/shops", [P("app_key", "29a39d"), P("timestamp", "1623812664")], []))));
        Assert.All(results.Where((_, i) => i % 2 == 0), r => Assert.Equal("b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8", r));
        Assert.Single(results.Where((_, i) => i % 2 == 1).Distinct());
    }

    [Fact]
    public void Result_is_lower_case_hex()
    {
        var sign = TikTokShopSigner.Sign(Secret, "/x", [P("a", "b")], []);
        Assert.Matches("^[0-9a-f]{64}$", sign);
    }

    private static string Reference(string secret, string path, IEnumerable<KeyValuePair<string, string?>> query, byte[] body)
    {
        var s = path + string.Concat(query.Where(p => !string.IsNullOrEmpty(p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + p.Value));
        var message = Encoding.UTF8.GetBytes(secret + s).Concat(body).Concat(Encoding.UTF8.GetBytes(secret)).ToArray();
        return Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }
}
