using System.Collections.Concurrent;
using PodConnect.Errors;
using PodConnect.Providers;
using PodConnect.TikTokShop.Webhooks;
using PodConnect.Webhooks;

namespace PodConnect.AspNetCore.Tests.Webhooks;

/// <summary>
/// A stand-in for the loop's ingress that does its first steps for TikTok Shop with the real receiver — verify
/// over the raw bytes, reject stale timestamps, de-duplicate — and queues the order id where a test can see it,
/// so signatures are checked over exactly the bytes and headers the endpoint passes on.
/// </summary>
internal sealed class TikTokVerifyingIngress(TikTokShopWebhookReceiver receiver) : IWebhookIngress
{
    public const string Source = "tiktokshop";

    public ConcurrentQueue<string> Queued { get; } = new();

    public IReadOnlyCollection<string> Sources => [Source];

    public async ValueTask<WebhookIngressResult> ReceiveAsync(string source, PodWebhookRequest delivery, CancellationToken cancellationToken = default)
    {
        try
        {
            var receipt = await receiver.ReceiveAsync(delivery.Body, delivery.Header("Authorization"), cancellationToken);
            if (receipt.IsDuplicate)
            {
                return new WebhookIngressResult(WebhookIngressStatus.Duplicate);
            }

            Queued.Enqueue((receipt.Event as TikTokOrderStatusChangedEvent)?.OrderId ?? "(none)");
            return new WebhookIngressResult(WebhookIngressStatus.Accepted);
        }
        catch (WebhookVerificationException e)
        {
            return new WebhookIngressResult(WebhookIngressStatus.Unauthenticated, e.Message);
        }
        catch (PodConnectException e)
        {
            return new WebhookIngressResult(WebhookIngressStatus.Malformed, e.Message);
        }
    }
}
