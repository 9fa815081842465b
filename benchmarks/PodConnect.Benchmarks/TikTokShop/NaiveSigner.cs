using System.Security.Cryptography;
using System.Text;

namespace PodConnect.Benchmarks.TikTokShop;

/// <summary>
/// The signer a typical developer writes from TikTok's guide: LINQ sort, string concatenation, a new
/// HMAC per call, hex via ToLowerInvariant. The baseline for <see cref="SigningBenchmarks"/>.
/// </summary>
internal static class NaiveSigner
{
    public static string Sign(string appSecret, string path, IEnumerable<KeyValuePair<string, string?>> query, byte[] body)
    {
        var parameters = query
            .Where(p => p.Key != "sign" && p.Key != "access_token" && !string.IsNullOrEmpty(p.Value))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + p.Value);
        var input = appSecret + path + string.Concat(parameters) + Encoding.UTF8.GetString(body) + appSecret;
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(appSecret));
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(input))).ToLowerInvariant();
    }
}
