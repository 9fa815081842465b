using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PodConnect.Errors;
using PodConnect.Http;
using PodConnect.TikTokShop.Errors;
using PodConnect.TikTokShop.Internal;

namespace PodConnect.TikTokShop.Auth;

/// <summary>
/// Seller authorization: the consent link, code → token exchange, refresh, and the access token for
/// each call (refreshed automatically before it expires, once per seller however many calls race).
/// The token endpoints carry the app secret in the query string; they are never retried (the auth
/// code is single-use and a refresh rotates the refresh token) and never logged by this client.
/// </summary>
public class TikTokShopAuthClient
{
    private readonly TikTokShopTransport _transport;
    private readonly TikTokShopClientOptions _options;
    private readonly ITikTokShopTokenStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, Lazy<Task<TikTokShopToken>>> _refreshes = new(StringComparer.Ordinal);

    /// <summary>For mocking.</summary>
    protected TikTokShopAuthClient()
    {
        _transport = null!;
        _options = new TikTokShopClientOptions();
        _store = new InMemoryTikTokShopTokenStore();
        _time = TimeProvider.System;
        _logger = NullLogger.Instance;
    }

    /// <summary>Creates the client (normally resolved from DI after <c>AddTikTokShop</c>).</summary>
    public TikTokShopAuthClient(
        IHttpClientFactory httpClientFactory,
        IOptions<TikTokShopClientOptions> options,
        ITikTokShopTokenStore store,
        TimeProvider timeProvider,
        ILogger<TikTokShopAuthClient>? logger = null)
        : this(
            new TikTokShopTransport(CreateClient(httpClientFactory), timeProvider ?? throw new ArgumentNullException(nameof(timeProvider))),
            (options ?? throw new ArgumentNullException(nameof(options))).Value,
            store,
            timeProvider,
            logger)
    {
    }

    /// <summary>Creates the client over a transport the caller built (the standalone <see cref="TikTokShopClient"/> shares its own).</summary>
    internal TikTokShopAuthClient(TikTokShopTransport transport, TikTokShopClientOptions options, ITikTokShopTokenStore store, TimeProvider timeProvider, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        _transport = transport;
        _options = options;
        _store = store;
        _time = timeProvider;
        _logger = logger ?? NullLogger.Instance;
    }

    private static Func<HttpClient> CreateClient(IHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        return () => httpClientFactory.CreateClient(TikTokShopTransport.HttpClientName);
    }

    /// <summary>
    /// The link that sends a seller to TikTok's consent page:
    /// <c>{AuthorizeBaseUrl}/open/authorize?service_id=…&amp;state=…</c>. TikTok redirects to the URL fixed
    /// in Partner Center with <c>code</c> and your <paramref name="state"/> (check it against CSRF).
    /// </summary>
    public virtual Uri GetAuthorizationUri(string state)
    {
        ArgumentException.ThrowIfNullOrEmpty(state);
        if (string.IsNullOrEmpty(_options.ServiceId))
        {
            throw new InvalidOperationException($"{TikTokShopClientOptions.SectionName}:{nameof(TikTokShopClientOptions.ServiceId)} is required to build the authorization link.");
        }

        return new Uri(_options.AuthorizeBaseUrl, "/open/authorize?service_id=" + Uri.EscapeDataString(_options.ServiceId) + "&state=" + Uri.EscapeDataString(state));
    }

    /// <summary>Exchanges the auth code from the redirect for tokens, stores them and returns them (never retried: a code is single-use).</summary>
    public virtual async Task<TikTokShopToken> ExchangeCodeAsync(string authCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(authCode);
        var token = await CallTokenEndpointAsync("/api/v2/token/get", "auth_code", authCode, "authorized_code", cancellationToken).ConfigureAwait(false);
        await _store.SaveAsync(token, cancellationToken).ConfigureAwait(false);
        return token;
    }

    /// <summary>Refreshes the seller's tokens now (single-flight: concurrent callers share one refresh).</summary>
    public virtual Task<TikTokShopToken> RefreshAsync(string sellerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sellerId);
        return RefreshOnceAsync(sellerId, staleAccessToken: null, cancellationToken);
    }

    /// <summary>
    /// The seller's current access token, refreshed first when less than
    /// <see cref="TikTokShopClientOptions.RefreshBeforeExpiry"/> remains.
    /// </summary>
    /// <exception cref="AuthenticationException">The seller has not authorized, or must re-authorize.</exception>
    public virtual async ValueTask<string> GetAccessTokenAsync(string sellerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sellerId);
        var token = await _store.GetAsync(sellerId, cancellationToken).ConfigureAwait(false) ?? throw NotAuthorized(sellerId);
        if (NeedsRefresh(token))
        {
            token = await RefreshOnceAsync(sellerId, token.AccessToken, cancellationToken).ConfigureAwait(false);
        }

        return token.AccessToken;
    }

    /// <summary>Called when TikTok says a token has expired early: refresh unless someone already replaced it.</summary>
    internal Task<TikTokShopToken> RefreshAfterRejectionAsync(string sellerId, string rejectedAccessToken, CancellationToken cancellationToken)
    {
        Log.TokenRejected(_logger, sellerId);
        return RefreshOnceAsync(sellerId, rejectedAccessToken, cancellationToken, force: true);
    }

    private bool NeedsRefresh(TikTokShopToken token) =>
        _time.GetUtcNow() >= token.AccessTokenExpiresAt - _options.RefreshBeforeExpiry;

    private async Task<TikTokShopToken> RefreshOnceAsync(string sellerId, string? staleAccessToken, CancellationToken cancellationToken, bool force = false)
    {
        var flight = _refreshes.GetOrAdd(sellerId, id => new Lazy<Task<TikTokShopToken>>(
            () => RefreshCoreAsync(id, staleAccessToken, force)));
        try
        {
            // The shared refresh is not cancelled by one waiter; the pipeline's timeouts bound it.
            return await flight.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _refreshes.TryRemove(KeyValuePair.Create(sellerId, flight));
        }
    }

    private async Task<TikTokShopToken> RefreshCoreAsync(string sellerId, string? staleAccessToken, bool force)
    {
        if (_store is not SharedTikTokShopTokenStore shared)
        {
            return await RefreshHeldAsync(sellerId, staleAccessToken, force).ConfigureAwait(false);
        }

        // Single flight across instances: only the lock holder calls TikTok; the others use what it saves.
        if (!await shared.TryLockRefreshAsync(sellerId).ConfigureAwait(false))
        {
            var latest = await _store.GetAsync(sellerId, CancellationToken.None).ConfigureAwait(false) ?? throw NotAuthorized(sellerId);
            var usable = _time.GetUtcNow() < latest.AccessTokenExpiresAt && (!force || latest.AccessToken != staleAccessToken);
            return usable
                ? latest
                : throw RemoteErrors.Create(RemoteErrorKind.Server, new RemoteErrorDetails(TikTokShopErrorFunnel.ServiceName),
                    summary: $"Another instance is refreshing the token of seller {sellerId}; try again in a moment");
        }

        try
        {
            return await RefreshHeldAsync(sellerId, staleAccessToken, force).ConfigureAwait(false);
        }
        finally
        {
            await shared.ReleaseRefreshAsync(sellerId).ConfigureAwait(false);
        }
    }

    private async Task<TikTokShopToken> RefreshHeldAsync(string sellerId, string? staleAccessToken, bool force)
    {
        var current = await _store.GetAsync(sellerId, CancellationToken.None).ConfigureAwait(false) ?? throw NotAuthorized(sellerId);

        // Another caller (or instance sharing the store) may have refreshed while we queued.
        var replaced = staleAccessToken is not null && current.AccessToken != staleAccessToken;
        if (replaced && (force || !NeedsRefresh(current)))
        {
            return current;
        }

        if (_time.GetUtcNow() >= current.RefreshTokenExpiresAt)
        {
            throw RemoteErrors.Create(RemoteErrorKind.Authentication, new RemoteErrorDetails(TikTokShopErrorFunnel.ServiceName),
                summary: $"The refresh token of seller {sellerId} has expired; the seller must authorize the app again");
        }

        var refreshed = await CallTokenEndpointAsync("/api/v2/token/refresh", "refresh_token", current.RefreshToken, "refresh_token", CancellationToken.None)
            .ConfigureAwait(false);
        await _store.SaveAsync(refreshed, CancellationToken.None).ConfigureAwait(false);
        Log.TokenRefreshed(_logger, sellerId, refreshed.AccessTokenExpiresAt);
        return refreshed;
    }

    private async Task<TikTokShopToken> CallTokenEndpointAsync(string path, string credentialName, string credential, string grantType, CancellationToken cancellationToken)
    {
        var query = "?app_key=" + Uri.EscapeDataString(_options.AppKey)
            + "&app_secret=" + Uri.EscapeDataString(_options.AppSecret)
            + "&" + credentialName + "=" + Uri.EscapeDataString(credential)
            + "&grant_type=" + grantType;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_options.AuthBaseUrl, path + query)).SetRetryable(false);
        var data = await _transport.SendAsync(request, TikTokShopJsonContext.Default.TikTokEnvelopeTokenResponseData, dataOptional: false, cancellationToken)
            .ConfigureAwait(false);
        return ToToken(_transport.Funnel, data);
    }

    /// <summary>The token in a token response, or a malformed-response error naming what is missing.</summary>
    internal static TikTokShopToken ToToken(TikTokShopErrorFunnel funnel, TokenResponseData data)
    {
        if (string.IsNullOrEmpty(data.AccessToken) || string.IsNullOrEmpty(data.RefreshToken) || string.IsNullOrEmpty(data.OpenId))
        {
            throw funnel.Malformed(null, "the token response lacks access_token, refresh_token or open_id", null);
        }

        return new TikTokShopToken(
            data.OpenId,
            data.AccessToken,
            data.AccessTokenExpireIn,
            data.RefreshToken,
            data.RefreshTokenExpireIn)
        {
            SellerName = data.SellerName,
            SellerBaseRegion = data.SellerBaseRegion,
            UserType = data.UserType,
            GrantedScopes = (data.GrantedScopes ?? []).OfType<string>().ToList(),
        };
    }

    private static AuthenticationException NotAuthorized(string sellerId) =>
        (AuthenticationException)RemoteErrors.Create(RemoteErrorKind.Authentication, new RemoteErrorDetails(TikTokShopErrorFunnel.ServiceName),
            summary: $"Seller {sellerId} has no tokens in the token store; exchange an auth code first");
}
