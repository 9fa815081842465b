using PodConnect.Providers;

namespace PodConnect.TikTokShop.Webhooks;

/// <summary>
/// The one replay rule for TikTok deliveries, used by the receiver and by the loop's marketplace adapter:
/// a signed delivery whose <c>timestamp</c> is older than the window (or more than a few minutes in the
/// future) is refused as replayed. TikTok retries for about 15 hours (2 min, 30 min, 3 h, 12 h), so the
/// default window is 24 h.
/// </summary>
internal static class TikTokWebhookFreshness
{
    public static readonly TimeSpan DefaultMaxAge = TimeSpan.FromHours(24);

    private static readonly TimeSpan FutureSkew = TimeSpan.FromMinutes(5);

    public static void Ensure(TikTokShopWebhookEvent parsed, DateTimeOffset now, TimeSpan maxAge)
    {
        var age = now - parsed.Timestamp;
        if (age > maxAge || age < -FutureSkew)
        {
            throw new WebhookVerificationException(
                $"The TikTok Shop webhook {parsed.NotificationId} is signed but its timestamp is outside the accepted window (older than {maxAge.TotalHours:0.#} h or in the future); it looks replayed.",
                "tiktok-shop");
        }
    }
}
