using System.Text;
using System.Text.Json;
using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Internal;

namespace PodConnect.TikTokShop.Tests;

/// <summary>Whatever the client sends, the fake's independent verifier accepts it.</summary>
public sealed class SigningPropertyTests : IDisposable
{
    private const string Path = "/order/202309/orders/search";
    private readonly Harness _h = new();

    public void Dispose() => _h.Dispose();

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Escaped = new();
    private static readonly string Alphabet = "abcXYZ019 +/=&?%#éß€中😀\"\\'\t";

    private static string RandomText(Random random, int max)
    {
        var length = random.Next(0, max);
        var text = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            var rune = char.IsSurrogate(Alphabet[random.Next(Alphabet.Length)]) ? "😀" : Alphabet[random.Next(Alphabet.Length)].ToString();
            text.Append(rune);
        }

        return text.ToString();
    }

    [Fact]
    public async Task Random_queries_and_bodies_are_always_accepted()
    {
        var random = new Random(20261124);
        for (var run = 0; run < 150; run++)
        {
            var query = new List<KeyValuePair<string, string?>> { new("page_size", random.Next(1, 101).ToString()) };
            var extra = random.Next(0, 8);
            for (var i = 0; i < extra; i++)
            {
                query.Add(new("x_" + RandomText(random, 6).Replace("=", "", StringComparison.Ordinal), RandomText(random, 30)));
            }

            var body = new Dictionary<string, string>();
            for (var i = random.Next(0, 6); i > 0; i--)
            {
                body["note_" + i] = RandomText(random, 40);
            }

            var options = random.Next(2) == 0 ? Relaxed : Escaped;
            var bytes = body.Count == 0 && random.Next(2) == 0 ? null : Encoding.UTF8.GetBytes(JsonSerializer.Serialize(body, options));
            using var request = TikTokRequest.Create(_h.Fake.BaseAddress, TikTokEndpoints.SearchOrders, Path, FakeTikTokShop.DefaultSellerId, FakeTikTokShop.DefaultShopCipher, query, bytes, retryable: false);

            using var response = await _h.Http.SendAsync(request);
            var answer = await response.Content.ReadAsStringAsync();

            Assert.True(answer.StartsWith("""{"code":0,""", StringComparison.Ordinal), $"run {run}: {answer}");
        }

        Assert.Equal(150, _h.RequestsTo(Path).Count(r => r.TikTokCode() == 0));
    }

    [Fact]
    public async Task A_tampered_request_is_refused_by_the_fake()
    {
        using var request = TikTokRequest.Create(_h.Fake.BaseAddress, TikTokEndpoints.SearchOrders, Path, FakeTikTokShop.DefaultSellerId, FakeTikTokShop.DefaultShopCipher,
            [new("page_size", "10")], Encoding.UTF8.GetBytes("""{"order_status":"UNPAID"}"""), retryable: false);
        using var signed = await _h.Http.SendAsync(request);
        var sent = _h.RequestsTo(Path).Single();

        // Replay the same signed URL with a different body: the signature no longer matches.
        using var raw = new HttpClient();
        var url = _h.Fake.BaseAddress + Path.TrimStart('/') + "?" + string.Join('&', sent.Query.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        using var tampered = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent("""{"order_status":"CANCELLED"}""", Encoding.UTF8, "application/json") };
        tampered.Headers.Add("x-tts-access-token", (await _h.Tokens.GetAsync(FakeTikTokShop.DefaultSellerId))!.AccessToken);
        using var response = await raw.SendAsync(tampered);

        Assert.Contains("\"code\":106001", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
