using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PodConnect.Errors;
using PodConnect.Printful.Internal;
using PodConnect.Printful.Webhooks;
using PodConnect.Providers;

namespace PodConnect.Printful;

/// <summary>
/// Printful behind <see cref="IPodProvider"/>, on the provider template (<see cref="PodProviderBase"/>).
/// Placement is idempotent by Printful's own rule: the external id (our marketplace order id, ≤ 32
/// characters) is unique per store, so the create is sent straight away (no lookup first) and a repeat
/// answers <c>OR-13 EXTERNAL_ID_IN_USE</c>, after which the existing order is read with
/// <c>GET /orders/@{external_id}</c>; after a create whose outcome is unknown (timeout, reset, 5xx) the
/// order is looked up the same way. Printful never holds two orders with one external id.
/// </summary>
public class PrintfulPodProvider : PodProviderBase
{
    private readonly PrintfulClient _client = null!;
    private readonly PrintfulWebhookParser _webhooks = null!;

    /// <summary>For mocking only.</summary>
    protected PrintfulPodProvider()
    {
    }

    /// <summary>Creates the provider over a client.</summary>
    public PrintfulPodProvider(PrintfulClient client, IOptions<PrintfulClientOptions> options, ILogger<PrintfulPodProvider>? logger = null)
        : base(PrintfulClient.ServiceName, logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _webhooks = new PrintfulWebhookParser(options.Value);
    }

    /// <summary>Printful refuses a repeated external id itself (<c>OR-13</c>), so no lookup is needed first.</summary>
    protected override bool FindBeforeCreate => false;

    /// <summary>
    /// Prices the order with two reads: v1 <c>orders/estimate-costs</c> for the products and v2
    /// <c>shipping-rates</c> for the methods, delivery estimates and departure country. Lines must use
    /// catalog variant ids.
    /// </summary>
    public override async Task<PodQuote> QuoteAsync(PodOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rates = _client.GetShippingRatesV2Async(PrintfulMapping.ToV2RatesRequest(request), cancellationToken);
        var costs = _client.EstimateCostsAsync(WithoutExternalId(PrintfulMapping.ToOrderRequest(request)), cancellationToken);
        await Task.WhenAll(rates, costs).ConfigureAwait(false);
        return PrintfulMapping.ToPodQuote(await costs.ConfigureAwait(false), await rates.ConfigureAwait(false));
    }

    /// <summary>
    /// Reads the order (v1). v1 has no "delivered" status, so for a <c>fulfilled</c> order the v2
    /// shipments are read too: when every parcel reports <c>delivered</c>, the order is
    /// <see cref="PodOrderStatus.Delivered"/>.
    /// </summary>
    public override async Task<PodOrder> GetOrderAsync(string providerOrderId, CancellationToken cancellationToken = default) =>
        await WithDeliveryAsync(PrintfulMapping.ToPodOrder(await _client.GetOrderAsync(ParseId(providerOrderId), cancellationToken).ConfigureAwait(false)), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override async Task<PodOrder?> FindOrderByExternalIdAsync(string externalId, CancellationToken cancellationToken = default)
    {
        try
        {
            return await WithDeliveryAsync(PrintfulMapping.ToPodOrder(await _client.GetOrderByExternalIdAsync(externalId, cancellationToken).ConfigureAwait(false)), cancellationToken).ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public override async Task<PodOrder> CancelOrderAsync(string providerOrderId, CancellationToken cancellationToken = default) =>
        PrintfulMapping.ToPodOrder(await _client.CancelOrderAsync(ParseId(providerOrderId), cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The external id is longer than 32 characters or has characters Printful refuses.</exception>
    /// <exception cref="PodFieldLimitException">A field Printful requires (name, address1, city) is missing.</exception>
    protected override void ValidatePlacement(PodOrderRequest request)
    {
        PrintfulClient.ValidateExternalId(request.ExternalId);
        PrintfulMapping.ToOrderRequest(request);
    }

    /// <inheritdoc />
    protected override async Task<PodPlacement> CreateOrderAsync(PodOrderRequest request, CancellationToken cancellationToken) =>
        new(PrintfulMapping.ToPodOrder(await _client.CreateOrderAsync(PrintfulMapping.ToOrderRequest(request), confirm: !request.AsDraft, cancellationToken).ConfigureAwait(false)), AlreadyExisted: false);

    /// <summary><c>OR-13 EXTERNAL_ID_IN_USE</c>: the order was placed before.</summary>
    protected override bool IsAlreadyPlaced(PodConnectException exception) =>
        exception?.ErrorCode == PrintfulErrorFunnel.ExternalIdInUse;

    /// <inheritdoc />
    protected override PodWebhookEvent VerifyAndParseWebhook(PodWebhookRequest request) => _webhooks.Parse(request);

    private async Task<PodOrder> WithDeliveryAsync(PodOrder order, CancellationToken cancellationToken)
    {
        if (order.RawStatus != Models.PrintfulOrderStatus.Fulfilled.Value)
        {
            return order;
        }

        var shipments = await _client.GetShipmentsV2Async(ParseId(order.ProviderOrderId), cancellationToken).ConfigureAwait(false);
        return shipments.Count > 0 && shipments.All(s => s is { IsDelivered: true }) ? order with { Status = PodOrderStatus.Delivered } : order;
    }

    private static long ParseId(string providerOrderId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerOrderId);
        return long.TryParse(providerOrderId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ArgumentException($"'{providerOrderId}' is not a Printful order id (a number); use FindOrderByExternalIdAsync for external ids.", nameof(providerOrderId));
    }

    // An estimate is not an order: sending our external id would be pointless (and is not needed).
    private static Models.PrintfulOrderRequest WithoutExternalId(Models.PrintfulOrderRequest order) => new()
    {
        Shipping = order.Shipping,
        Recipient = order.Recipient,
        Items = order.Items,
    };
}
