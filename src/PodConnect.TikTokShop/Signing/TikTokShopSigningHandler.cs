using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using PodConnect.TikTokShop.Auth;
using PodConnect.TikTokShop.Internal;

namespace PodConnect.TikTokShop.Signing;

/// <summary>
/// Stamps each Open API attempt at send time: <c>app_key</c>, <c>timestamp</c> (now, from the
/// <see cref="TimeProvider"/>), <c>shop_cipher</c> where the endpoint takes it, <c>sign</c> over the
/// exact body bytes sent, and the <c>x-tts-access-token</c> header. It sits inside the retry pipeline,
/// so a retry is re-stamped and re-signed (TikTok accepts timestamps from −5 min to +30 s only).
/// Requests without the client's call marker (token endpoints, users' own) pass through untouched.
/// </summary>
internal sealed class TikTokShopSigningHandler(
    IOptions<TikTokShopClientOptions> options,
    TikTokShopAuthClient auth,
    TimeProvider timeProvider) : DelegatingHandler
{
    internal const string AccessTokenHeader = "x-tts-access-token";

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(TikTokCall.Key, out var call) || request.RequestUri is null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var settings = options.Value;
        var accessToken = await auth.GetAccessTokenAsync(call.SellerId, cancellationToken).ConfigureAwait(false);

        var query = EndpointParameters(request.RequestUri);
        query.Add(new("app_key", settings.AppKey));
        query.Add(new("timestamp", timeProvider.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        if (call.ShopCipher is not null)
        {
            query.Add(new("shop_cipher", call.ShopCipher));
        }

        // TikTok lists Content-Type as required on every request, GET included.
        request.Content ??= new ByteArrayContent([]);
        request.Content.Headers.ContentType ??= Json;
        var body = await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var isMultipart = request.Content.Headers.ContentType?.MediaType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true;
        var sign = TikTokShopSigner.Sign(settings.AppSecret, call.Path, query.ToArray(), isMultipart ? [] : body);
        query.Add(new("sign", sign));

        request.RequestUri = new UriBuilder(request.RequestUri) { Query = Encode(query) }.Uri;
        request.Headers.Remove(AccessTokenHeader);
        request.Headers.TryAddWithoutValidation(AccessTokenHeader, accessToken);
        request.Options.Set(SentToken, accessToken);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The access token the last attempt carried (so a 105002 refreshes only a token that is still current).</summary>
    internal static readonly HttpRequestOptionsKey<string> SentToken = new("PodConnect.TikTokShop.SentToken");

    /// <summary>The endpoint's own parameters, decoded; common ones from a previous attempt are dropped.</summary>
    private static List<KeyValuePair<string, string?>> EndpointParameters(Uri uri)
    {
        var result = new List<KeyValuePair<string, string?>>(8);
        var query = uri.Query.AsSpan().TrimStart('?');
        foreach (var range in query.Split('&'))
        {
            var pair = query[range];
            if (pair.IsEmpty)
            {
                continue;
            }

            var eq = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(eq < 0 ? pair.ToString() : pair[..eq].ToString());
            var value = eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..].ToString());
            if (key is "app_key" or "timestamp" or "sign" or "shop_cipher" or "access_token" || value.Length == 0)
            {
                continue;
            }

            result.Add(new(key, value));
        }

        return result;
    }

    private static string Encode(List<KeyValuePair<string, string?>> query)
    {
        var builder = new StringBuilder(256);
        foreach (var (key, value) in query)
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            builder.Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value ?? string.Empty));
        }

        return builder.ToString();
    }
}
