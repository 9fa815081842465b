using System.Net.Http.Headers;
using System.Text;
using PodConnect.Http;

namespace PodConnect.TikTokShop.Internal;

/// <summary>Builds an unsigned Open API request; the signing handler stamps it on every attempt.</summary>
internal static class TikTokRequest
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public static HttpRequestMessage Create(
        Uri apiBase,
        TikTokEndpoint endpoint,
        string path,
        string sellerId,
        string? shopCipher,
        IEnumerable<KeyValuePair<string, string?>>? query,
        byte[]? body,
        bool retryable)
    {
        var uri = new StringBuilder(path);
        var first = true;
        foreach (var (key, value) in query ?? [])
        {
            if (string.IsNullOrEmpty(value))
            {
                continue; // empty parameters are neither sent nor signed
            }

            uri.Append(first ? '?' : '&').Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
            first = false;
        }

        var request = new HttpRequestMessage(endpoint.HttpMethod, new Uri(apiBase, uri.ToString()));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = Json;
        }

        request.Options.Set(TikTokCall.Key, new TikTokCall(path, sellerId, shopCipher));
        request.SetRetryable(retryable);
        // TikTok limits each API separately, per app and shop.
        request.SetRateLimitPartition((shopCipher ?? sellerId) + "|" + endpoint.Method + " " + endpoint.Template);
        return request;
    }
}
