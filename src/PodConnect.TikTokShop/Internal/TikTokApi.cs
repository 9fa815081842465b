using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using PodConnect.Errors;
using PodConnect.TikTokShop.Auth;
using PodConnect.TikTokShop.Fulfillment;
using PodConnect.TikTokShop.Signing;

namespace PodConnect.TikTokShop.Internal;

/// <summary>
/// What every sub-client shares: settings, the transport, the token source, the clock, the logger
/// and the per-app caches. Sends one Open API call, refreshing the token once when TikTok rejects it
/// as expired before its time.
/// </summary>
internal sealed class TikTokApi(
    TikTokShopTransport transport,
    TikTokShopAuthClient auth,
    TikTokShopClientOptions options,
    TimeProvider timeProvider,
    ILogger logger)
{
    public TikTokShopTransport Transport { get; } = transport;

    public TikTokShopClientOptions Options { get; } = options;

    public TikTokShopApiVersions Versions => Options.ApiVersions;

    public TimeProvider Time { get; } = timeProvider;

    public ILogger Logger { get; } = logger;

    /// <summary>Shipping providers per (shop cipher, delivery option), with their expiry.</summary>
    public ConcurrentDictionary<(string Shop, string Option), (DateTimeOffset Expires, IReadOnlyList<TikTokShippingProvider> Providers)> ShippingProviders { get; } = new();

    /// <param name="endpoint">The operation.</param>
    /// <param name="version">Its API version.</param>
    /// <param name="id">The path id, if the template has one.</param>
    /// <param name="shop">The shop (its seller's token; its cipher when the endpoint is shop-scoped).</param>
    /// <param name="query">The endpoint's own query parameters.</param>
    /// <param name="body">The JSON body, or null.</param>
    /// <param name="typeInfo">Source-generated metadata of the envelope.</param>
    /// <param name="retryable">Whether the pipeline may send it again after a transient failure.</param>
    /// <param name="dataOptional">Whether <c>data</c> may be absent on success.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<T> SendAsync<T>(
        TikTokEndpoint endpoint,
        string version,
        string? id,
        TikTokShopRef shop,
        IEnumerable<KeyValuePair<string, string?>>? query,
        byte[]? body,
        JsonTypeInfo<TikTokEnvelope<T>> typeInfo,
        bool retryable,
        bool dataOptional,
        CancellationToken cancellationToken)
        where T : class, new()
    {
        var parameters = query?.ToList();
        var path = endpoint.PathFor(version, id);
        var cipher = endpoint.ShopScoped ? shop.ShopCipher : null;
        var refreshed = false;
        for (var throttled = 0; ; )
        {
            using var request = TikTokRequest.Create(Options.ApiBaseUrl, endpoint, path, shop.SellerId, cipher, parameters, body, retryable);
            try
            {
                return await Transport.SendAsync(request, typeInfo, dataOptional, cancellationToken).ConfigureAwait(false);
            }
            catch (TokenExpiredException) when (!refreshed && request.Options.TryGetValue(TikTokShopSigningHandler.SentToken, out var rejected))
            {
                // TikTok rejected the token before doing anything: refresh (once, shared) and send again.
                refreshed = true;
                await auth.RefreshAfterRejectionAsync(shop.SellerId, rejected, cancellationToken).ConfigureAwait(false);
            }
            catch (RateLimitedException limited) when (!retryable && throttled < Options.Resilience.MaxRetryAttempts && ThrottleDelay(limited, throttled) is { } delay)
            {
                // A throttled call was refused unprocessed (TikTok's 429, or our own limiter), so even a
                // call the pipeline must not repeat (mark as shipped) is safe to send again. Connectors
                // lose orders to FULFILLMENT_FAILURE_DUE_TO_RATE_LIMIT; this is the retry TikTok asks for.
                throttled++;
                Log.ThrottledResend(Logger, endpoint.Method + " " + endpoint.Template, delay, throttled + 1);
                await Task.Delay(delay, Time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// How long to wait before the next try of a throttled call: TikTok's <c>Retry-After</c> when it
    /// gives one within <see cref="PodConnect.Http.Resilience.PodConnectResilienceOptions.MaxRetryAfter"/>,
    /// otherwise randomized exponential backoff (half to all of base × 2^attempt, capped), as TikTok
    /// recommends; <c>null</c> when the wait asked for is too long to make.
    /// </summary>
    internal TimeSpan? ThrottleDelay(RateLimitedException limited, int attempt)
    {
        var settings = Options.Resilience;
        if (limited.RetryAfter is { } asked)
        {
            return asked <= settings.MaxRetryAfter ? asked : null;
        }

        var ceiling = Math.Min(settings.MaxDelay.Ticks, settings.BaseDelay.Ticks * (1L << Math.Min(attempt, 30)));
        return TimeSpan.FromTicks((long)(ceiling * (0.5 + (Random.Shared.NextDouble() / 2))));
    }
}
