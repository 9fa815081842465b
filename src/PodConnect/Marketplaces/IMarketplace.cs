using PodConnect.Providers;

namespace PodConnect.Marketplaces;

/// <summary>
/// A marketplace (TikTok Shop) seen from the fulfilment loop: find orders, read them in batches, mark
/// them shipped, list its carriers, and turn its webhooks into "look at this order again". The
/// marketplace package implements it and owns everything shop-specific (the shop directory, shop id ↔
/// cipher, tokens).
/// </summary>
public interface IMarketplace
{
    /// <summary>The marketplace's short name, e.g. <c>tiktokshop</c>; also the webhook source name.</summary>
    string Name { get; }

    /// <summary>
    /// Every order of every served shop that changed at or after <paramref name="since"/>, whatever its
    /// status (a cancellation is a change the loop must see). Callers overlap successive windows so that
    /// nothing slips between two polls.
    /// </summary>
    IAsyncEnumerable<MarketplaceOrder> GetOrdersChangedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Reads orders by reference, in as few calls as the marketplace allows; orders it does not know are left out.</summary>
    Task<IReadOnlyList<MarketplaceOrder>> GetOrdersAsync(IReadOnlyList<MarketplaceOrderRef> orders, CancellationToken cancellationToken = default);

    /// <summary>Marks an order (or some of its lines) shipped with tracking. Already shipped is a success, not an error.</summary>
    /// <exception cref="Errors.OutcomeUnknownException">The answer was lost; read the order again before deciding.</exception>
    Task<MarkShippedResult> MarkShippedAsync(MarketplaceOrderRef order, MarketplaceShipment shipment, CancellationToken cancellationToken = default);

    /// <summary>The carriers the marketplace accepts for a shop (callers cache them).</summary>
    Task<IReadOnlyList<MarketplaceCarrier>> GetCarriersAsync(string shopId, CancellationToken cancellationToken = default);

    /// <summary>Verifies a webhook delivery over its raw bytes and says which order it concerns.</summary>
    /// <exception cref="WebhookVerificationException">The delivery is not authentic.</exception>
    /// <exception cref="Errors.MalformedResponseException">The body is not what the marketplace documents.</exception>
    MarketplaceWebhookEvent ParseWebhook(PodWebhookRequest request);
}
