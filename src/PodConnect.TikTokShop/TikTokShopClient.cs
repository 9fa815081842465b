using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;
using PodConnect.Http.Resilience;
using PodConnect.TikTokShop.Auth;
using PodConnect.TikTokShop.Internal;
using PodConnect.TikTokShop.Shops;
using PodConnect.TikTokShop.Signing;

namespace PodConnect.TikTokShop;

/// <summary>
/// The TikTok Shop Partner API for one app. App-level calls live here (the shops a seller
/// authorized); everything about one shop lives on the client <see cref="ForShop"/> hands out, so the
/// seller id and shop cipher are given once:
/// <code>var shop = client.ForShop(new TikTokShopRef(sellerId, cipher));
/// var order = await shop.Orders.GetOrderAsync(orderId);</code>
/// Thread-safe; every method is virtual for mocking. Requests are signed, stamped and rate-limited
/// (per shop and API) on every attempt; failures raise <c>PodConnect.Errors</c> exceptions carrying
/// TikTok's code, message and request id. Resolve it from DI after <c>AddTikTokShop</c>, or build it
/// with the public constructor, which wires the same signed, resilient pipeline itself.
/// </summary>
public class TikTokShopClient
{
    private readonly TikTokApi _api = null!;
    private readonly TikTokShopAuthClient _auth = null!;

    /// <summary>For mocking.</summary>
    protected TikTokShopClient()
    {
    }

    /// <summary>
    /// Creates a standalone client (no DI): requests go through PodConnect's resilience pipeline
    /// (<see cref="TikTokShopClientOptions.Resilience"/>) and the request signer on every attempt, then
    /// to <paramref name="primaryHandler"/> (default: a pooled <see cref="SocketsHttpHandler"/>). There is
    /// no way to build one that sends unsigned requests.
    /// </summary>
    /// <param name="options">The settings; validated here (an <see cref="ArgumentException"/> names a bad one).</param>
    /// <param name="tokenStore">Where sellers' tokens live.</param>
    /// <param name="timeProvider">The clock (default: the system clock).</param>
    /// <param name="primaryHandler">The innermost handler, e.g. a proxy-configured one; not disposed by the client.</param>
    /// <param name="loggerFactory">Logging (default: none).</param>
    public TikTokShopClient(
        TikTokShopClientOptions options,
        ITikTokShopTokenStore tokenStore,
        TimeProvider? timeProvider = null,
        HttpMessageHandler? primaryHandler = null,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(tokenStore);
        if (options.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var time = timeProvider ?? TimeProvider.System;
        loggerFactory ??= NullLoggerFactory.Instance;

        // The signer needs the auth client, whose token calls go through the same HTTP client: tie the knot lazily.
        HttpClient? http = null;
        var transport = new TikTokShopTransport(() => http!, time);
        _auth = new TikTokShopAuthClient(transport, options, tokenStore, time, loggerFactory.CreateLogger<TikTokShopAuthClient>());
        var signing = new TikTokShopSigningHandler(Microsoft.Extensions.Options.Options.Create(options), _auth, time)
        {
            InnerHandler = primaryHandler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) },
        };
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>().AddPodConnectStrategies(options.Resilience, time).Build();
        var resilience = new ResilienceHandler(pipeline) { InnerHandler = signing };
        http = new HttpClient(resilience, disposeHandler: primaryHandler is null) { Timeout = Timeout.InfiniteTimeSpan };
        _api = new TikTokApi(transport, _auth, options, time, loggerFactory.CreateLogger<TikTokShopClient>());
    }

    /// <summary>Created by <c>AddTikTokShop</c>: the named HTTP client carries the signer and the pipeline.</summary>
    internal TikTokShopClient(
        IHttpClientFactory httpClientFactory,
        IOptions<TikTokShopClientOptions> options,
        TikTokShopAuthClient auth,
        TimeProvider timeProvider,
        ILogger<TikTokShopClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(auth);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _auth = auth;
        var transport = new TikTokShopTransport(() => httpClientFactory.CreateClient(TikTokShopTransport.HttpClientName), timeProvider);
        _api = new TikTokApi(transport, auth, options.Value, timeProvider, logger ?? (ILogger)NullLogger.Instance);
    }

    /// <summary>Seller authorization: the consent link, code exchange and token refresh this client uses.</summary>
    public virtual TikTokShopAuthClient Auth => _auth;

    /// <summary>The client for one authorized shop: orders, fulfillment, logistics, products and webhooks.</summary>
    /// <param name="shop">The seller (whose token is used) and the shop's cipher.</param>
    public virtual TikTokSellerShopClient ForShop(TikTokShopRef shop)
    {
        ArgumentNullException.ThrowIfNull(shop);
        ArgumentException.ThrowIfNullOrEmpty(shop.SellerId, nameof(shop));
        ArgumentException.ThrowIfNullOrEmpty(shop.ShopCipher, nameof(shop));
        return new TikTokSellerShopClient(_api, shop);
    }

    /// <summary>The shops the seller authorized the app for, each with the cipher that identifies it in calls (<c>GET /authorization/{v}/shops</c>).</summary>
    public virtual async Task<IReadOnlyList<TikTokAuthorizedShop>> GetAuthorizedShopsAsync(string sellerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sellerId);
        var data = await _api.SendAsync(TikTokEndpoints.AuthorizedShops, _api.Versions.AuthorizedShops, null, new TikTokShopRef(sellerId, string.Empty), null, null,
            TikTokShopJsonContext.Default.TikTokEnvelopeAuthorizedShopsData, retryable: true, dataOptional: false, cancellationToken).ConfigureAwait(false);
        return data.Shops ?? [];
    }
}
