using Microsoft.Extensions.Options;
using PodConnect.Errors;
using PodConnect.Fulfillment;
using PodConnect.Inventory;
using PodConnect.Marketplaces;
using PodConnect.Providers;
using PodConnect.Stores;

namespace PodConnect.Webhooks;

/// <summary>
/// The <see cref="IWebhookIngress"/> of the fulfilment loop: verify over the raw bytes, de-duplicate, and
/// hand the order id to the reconciler as a hint. No remote call is made here; the events are hints only
/// (the reconciler re-reads state), so lost, repeated or reordered deliveries cannot do harm.
/// </summary>
internal sealed class WebhookIngress : IWebhookIngress
{
    private readonly IMarketplace _marketplace;
    private readonly Dictionary<string, IPodProvider> _providers;
    private readonly IWebhookDeduplication _deduplication;
    private readonly IPlacedOrderIndex _index;
    private readonly FulfillmentReconciler _reconciler;
    private readonly TimeSpan _retention;
    private readonly ProviderAvailabilityBoard _availability;
    private readonly TimeProvider _time;

    public WebhookIngress(
        IMarketplace marketplace,
        IEnumerable<IPodProvider> providers,
        IWebhookDeduplication deduplication,
        IPlacedOrderIndex index,
        FulfillmentReconciler reconciler,
        IOptions<FulfillmentOptions> options,
        ProviderAvailabilityBoard availability,
        TimeProvider time)
    {
        _availability = availability;
        _time = time;
        _marketplace = marketplace;
        _providers = new Dictionary<string, IPodProvider>(StringComparer.OrdinalIgnoreCase);
        foreach (var provider in providers)
        {
            _providers.TryAdd(provider.Name, provider);
        }

        _deduplication = deduplication;
        _index = index;
        _reconciler = reconciler;
        _retention = options.Value.WebhookRetention;
        Sources = [marketplace.Name, .. _providers.Keys];
    }

    public IReadOnlyCollection<string> Sources { get; }

    public async ValueTask<WebhookIngressResult> ReceiveAsync(string source, PodWebhookRequest delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(delivery);
        try
        {
            if (string.Equals(source, _marketplace.Name, StringComparison.OrdinalIgnoreCase))
            {
                var marketplaceEvent = _marketplace.ParseWebhook(delivery);
                if (!await IsNewAsync(_marketplace.Name, marketplaceEvent.DeduplicationKey, cancellationToken).ConfigureAwait(false))
                {
                    return new WebhookIngressResult(WebhookIngressStatus.Duplicate);
                }

                if (marketplaceEvent.Order is { } order)
                {
                    _reconciler.Hint(order.OrderId, order.ShopId, fromProvider: false);
                }

                if (marketplaceEvent.Listing is not null && _reconciler.Inventory is { } inventory)
                {
                    inventory.RequestRefresh();
                    _reconciler.Wake();
                }

                return new WebhookIngressResult(WebhookIngressStatus.Accepted);
            }

            if (!_providers.TryGetValue(source, out var provider))
            {
                return new WebhookIngressResult(WebhookIngressStatus.UnknownSource, $"no marketplace or provider named '{source}' is registered");
            }

            var providerEvent = provider.ParseWebhook(delivery);
            if (!await IsNewAsync(provider.Name, providerEvent.DeduplicationKey, cancellationToken).ConfigureAwait(false))
            {
                return new WebhookIngressResult(WebhookIngressStatus.Duplicate);
            }

            if (providerEvent.StockChanges.Count > 0)
            {
                var changed = false;
                foreach (var change in providerEvent.StockChanges)
                {
                    changed |= _availability.ReportStock(provider.Name, change, providerEvent.OccurredAt ?? _time.GetUtcNow());
                }

                if (changed)
                {
                    _reconciler.Wake(); // Routing and the inventory guard see it at the next pass, now.
                }
            }

            var orderId = providerEvent.ExternalId;
            if (orderId is null && providerEvent.ProviderOrderId is { } providerOrderId)
            {
                orderId = await FindOrderIdAsync(provider.Name, providerOrderId, cancellationToken).ConfigureAwait(false);
            }

            if (orderId is not null)
            {
                _reconciler.Hint(orderId, shopId: null, fromProvider: true);
            }

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

    // A verified delivery is accepted even when the shared de-duplication store is unreachable: events are
    // hints and the reconciler re-reads state, so a duplicate hint costs one read, while refusing would
    // make the sender retry (and TikTok count failures).
    private async ValueTask<bool> IsNewAsync(string source, string key, CancellationToken cancellationToken)
    {
        try
        {
            return await _deduplication.TryMarkSeenAsync(source, key, _retention, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreUnavailableException)
        {
            return true;
        }
    }

    // Without the index the hint cannot name the order; the reconciler's provider check finds the change later.
    private async ValueTask<string?> FindOrderIdAsync(string provider, string providerOrderId, CancellationToken cancellationToken)
    {
        try
        {
            return (await _index.FindByProviderOrderAsync(provider, providerOrderId, cancellationToken).ConfigureAwait(false))?.OrderId;
        }
        catch (StoreUnavailableException)
        {
            return null;
        }
    }
}
