using System.Text.Json;
using PodConnect.TikTokShop.Internal;

namespace PodConnect.TikTokShop.Webhooks;

/// <summary>The webhook subscriptions of one shop (from <see cref="TikTokSellerShopClient.Webhooks"/>).</summary>
public class TikTokWebhookSubscriptionsClient
{
    private readonly TikTokApi _api;
    private readonly TikTokShopRef _shop;

    /// <summary>For mocking.</summary>
    protected TikTokWebhookSubscriptionsClient()
    {
        _api = null!;
        _shop = null!;
    }

    internal TikTokWebhookSubscriptionsClient(TikTokApi api, TikTokShopRef shop)
    {
        _api = api;
        _shop = shop;
    }

    /// <summary>The shop's webhook subscriptions (<c>GET /event/{v}/webhooks</c>).</summary>
    public virtual async Task<IReadOnlyList<TikTokWebhookSubscription>> GetAsync(CancellationToken cancellationToken = default)
    {
        var data = await _api.SendAsync(TikTokEndpoints.GetWebhooks, _api.Versions.Webhooks, null, _shop, null, null,
            TikTokShopJsonContext.Default.TikTokEnvelopeWebhooksData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
        return data.Webhooks ?? [];
    }

    /// <summary>Subscribes (or re-points) a topic to <paramref name="address"/> (HTTPS, at most 255 characters). Idempotent, so retried.</summary>
    public virtual async Task SetAsync(string eventType, Uri address, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventType);
        ArgumentNullException.ThrowIfNull(address);
        if (!address.IsAbsoluteUri || address.OriginalString.Length > 255)
        {
            throw new ArgumentException("The webhook address must be an absolute URL of at most 255 characters.", nameof(address));
        }

        var body = new WebhookBody { EventType = eventType, Address = address.OriginalString };
        await _api.SendAsync(TikTokEndpoints.UpdateWebhook, _api.Versions.Webhooks, null, _shop, null,
            JsonSerializer.SerializeToUtf8Bytes(body, TikTokShopJsonContext.Default.WebhookBody),
            TikTokShopJsonContext.Default.TikTokEnvelopeEmptyData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Unsubscribes a topic. Idempotent, so retried.</summary>
    public virtual async Task DeleteAsync(string eventType, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventType);
        var body = new WebhookBody { EventType = eventType };
        await _api.SendAsync(TikTokEndpoints.DeleteWebhook, _api.Versions.Webhooks, null, _shop, null,
            JsonSerializer.SerializeToUtf8Bytes(body, TikTokShopJsonContext.Default.WebhookBody),
            TikTokShopJsonContext.Default.TikTokEnvelopeEmptyData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
    }
}
