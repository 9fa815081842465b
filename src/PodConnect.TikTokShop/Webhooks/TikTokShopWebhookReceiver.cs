using PodConnect.Providers;

namespace PodConnect.TikTokShop.Webhooks;

/// <summary>What the receiver decided about a delivery.</summary>
/// <param name="Event">The parsed event.</param>
/// <param name="IsDuplicate">True when this notification id was already received: acknowledge it and do nothing.</param>
public sealed record TikTokShopWebhookReceipt(TikTokShopWebhookEvent Event, bool IsDuplicate);

/// <summary>
/// Verify, parse and de-duplicate in one call, for your webhook endpoint:
/// read the raw body bytes and the <c>Authorization</c> header, call <see cref="ReceiveAsync"/>,
/// answer 2xx quickly (also for duplicates), and 401 on <see cref="WebhookVerificationException"/>.
/// </summary>
public class TikTokShopWebhookReceiver
{
    private readonly TikTokShopWebhookVerifier _verifier;
    private readonly ITikTokShopNotificationStore _store;
    private readonly TimeProvider _time;

    /// <summary>Creates the receiver.</summary>
    public TikTokShopWebhookReceiver(TikTokShopWebhookVerifier verifier, ITikTokShopNotificationStore store, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _verifier = verifier;
        _store = store;
        _time = timeProvider;
    }

    /// <summary>
    /// Deliveries whose signed <c>timestamp</c> is older than this are rejected as replays. TikTok
    /// retries for about 15 hours (2 min, 30 min, 3 h, 12 h), so the default is 24 h.
    /// </summary>
    public TimeSpan MaxAge { get; init; } = TikTokWebhookFreshness.DefaultMaxAge;

    /// <summary>Verifies the signature over the raw bytes, parses the envelope and records its notification id.</summary>
    /// <exception cref="WebhookVerificationException">Missing or wrong signature, or not a TikTok envelope.</exception>
    public virtual async Task<TikTokShopWebhookReceipt> ReceiveAsync(ReadOnlyMemory<byte> rawBody, string? authorizationHeader, CancellationToken cancellationToken = default)
    {
        if (!_verifier.IsValid(rawBody.Span, authorizationHeader))
        {
            throw new WebhookVerificationException(
                string.IsNullOrWhiteSpace(authorizationHeader)
                    ? "The TikTok Shop webhook has no Authorization header; reject it."
                    : "The TikTok Shop webhook signature does not match the body (check the app key and secret, and that the raw body bytes are hashed); reject it.",
                "tiktok-shop");
        }

        var parsed = TikTokShopWebhookParser.Parse(rawBody.Span);
        TikTokWebhookFreshness.Ensure(parsed, _time.GetUtcNow(), MaxAge);

        var isNew = await _store.TryRecordAsync(parsed.NotificationId, cancellationToken).ConfigureAwait(false);
        return new TikTokShopWebhookReceipt(parsed, !isNew);
    }
}
