namespace PodConnect.Providers;

/// <summary>
/// A print-on-demand provider behind a provider-neutral contract: quote, place (idempotently, keyed
/// by our external id), read, cancel, and turn its webhooks into normalized events. Each provider
/// package (Gelato, Printful…) implements it over its own typed client; the hub never references a
/// concrete provider.
/// </summary>
public interface IPodProvider
{
    /// <summary>The provider's short name, e.g. <c>gelato</c> or <c>printful</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Prices an order without placing it: product cost, shipping methods with delivery estimates and,
    /// when the provider says, the production country.
    /// </summary>
    /// <param name="request">What would be ordered and where it would go.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<PodQuote> QuoteAsync(PodOrderRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Places the order <b>idempotently</b>: <see cref="PodOrderRequest.ExternalId"/> (the marketplace order
    /// id) is the key. If an order with that external id already exists at the provider it is returned
    /// with <see cref="PodPlacement.AlreadyExisted"/> set, and no second order is created — also when an
    /// earlier attempt timed out after the provider had accepted it.
    /// </summary>
    /// <param name="request">The order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<PodPlacement> PlaceOrderAsync(PodOrderRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads an order by the provider's own id.</summary>
    /// <exception cref="Errors.NotFoundException">No such order.</exception>
    Task<PodOrder> GetOrderAsync(string providerOrderId, CancellationToken cancellationToken = default);

    /// <summary>Finds the order placed with our external id, or <see langword="null"/> when there is none.</summary>
    Task<PodOrder?> FindOrderByExternalIdAsync(string externalId, CancellationToken cancellationToken = default);

    /// <summary>Cancels an order and returns its state afterwards.</summary>
    /// <exception cref="Errors.ConflictException">The provider no longer allows cancelling it (already in production or printed).</exception>
    Task<PodOrder> CancelOrderAsync(string providerOrderId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Verifies a webhook delivery (over its raw bytes) and parses it into a normalized event. Unknown
    /// event types parse to <see cref="PodWebhookEventKind.Other"/>; they never throw.
    /// </summary>
    /// <exception cref="WebhookVerificationException">The delivery is not authentic (missing or wrong signature or secret).</exception>
    /// <exception cref="Errors.MalformedResponseException">The body is not the JSON the provider documents.</exception>
    PodWebhookEvent ParseWebhook(PodWebhookRequest request);
}
