using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PodConnect.Errors;
using PodConnect.Printify.Internal;
using PodConnect.Printify.Models;
using PodConnect.Printify.Webhooks;
using PodConnect.Providers;

namespace PodConnect.Printify;

/// <summary>
/// Printify behind <see cref="IPodProvider"/>, on the provider template (<see cref="PodProviderBase"/>).
/// Printify documents no idempotency key and no <c>external_id</c> filter, so placement is idempotent by
/// lookup: the template searches the newest <see cref="PrintifyClientOptions.ExternalIdLookupPages"/>
/// pages of orders for our external id before creating, and again after an unknown outcome. The create
/// step is create + send to production; an order found still <c>on-hold</c> (an interrupted placement)
/// is sent on. Residual race: two placements of the same order at the same instant, a lookup made before
/// Printify lists a just-created order, or an order older than the pages searched, can still lead to a
/// duplicate — run one placement per order at a time (the reconciler does). Calls per new order: one
/// list page (more while the shop holds many recent orders), the create, and send-to-production.
/// </summary>
public class PrintifyPodProvider : PodProviderBase
{
    private readonly PrintifyClient _client = null!;
    private readonly PrintifyClientOptions _options = null!;
    private readonly PrintifyWebhookParser _webhooks = null!;
    private readonly ILogger _logger = NullLogger.Instance;

    /// <summary>For mocking only.</summary>
    protected PrintifyPodProvider()
    {
    }

    /// <summary>Creates the provider over a client.</summary>
    public PrintifyPodProvider(PrintifyClient client, IOptions<PrintifyClientOptions> options, ILogger<PrintifyPodProvider>? logger = null)
        : base(PrintifyClient.ServiceName, logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _options = options.Value;
        _webhooks = new PrintifyWebhookParser(_options);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    /// <remarks>Printify prices shipping per method (cents); product costs and production location are not part of this call.</remarks>
    public override async Task<PodQuote> QuoteAsync(PodOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var costs = await _client.CalculateShippingAsync(PrintifyMapping.ToShippingRequest(request), cancellationToken).ConfigureAwait(false);
        return PrintifyMapping.ToPodQuote(costs, _options.Currency);
    }

    /// <inheritdoc />
    /// <remarks>
    /// With <see cref="PodOrderRequest.AsDraft"/> the order is left <c>on-hold</c>. Otherwise an order that
    /// the template found or recovered still <c>on-hold</c> (created, but its send-to-production failed or
    /// was lost) is sent to production before it is returned.
    /// </remarks>
    public override async Task<PodPlacement> PlaceOrderAsync(PodOrderRequest request, CancellationToken cancellationToken = default)
    {
        var placement = await base.PlaceOrderAsync(request, cancellationToken).ConfigureAwait(false);
        if (request.AsDraft || placement.Order.RawStatus != PrintifyOrderStatus.OnHold.Value)
        {
            return placement;
        }

        PrintifyLog.ResumingSendToProduction(_logger, request.ExternalId, placement.Order.ProviderOrderId);
        var sent = await _client.SendToProductionAsync(placement.Order.ProviderOrderId, cancellationToken).ConfigureAwait(false);
        return placement with { Order = PrintifyMapping.ToPodOrder(sent, _options.Currency) };
    }

    /// <inheritdoc />
    public override async Task<PodOrder> GetOrderAsync(string providerOrderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerOrderId);
        return PrintifyMapping.ToPodOrder(await _client.GetOrderAsync(providerOrderId, cancellationToken).ConfigureAwait(false), _options.Currency);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Reads the newest <see cref="PrintifyClientOptions.ExternalIdLookupPages"/> pages and matches
    /// <c>external_id</c>, else the <c>label</c> (set to the same value), else <c>metadata.shop_order_label</c>.
    /// If a past race left duplicates, the oldest is the one every caller converges on.
    /// </remarks>
    public override async Task<PodOrder?> FindOrderByExternalIdAsync(string externalId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        PrintifyOrder? match = null;
        await foreach (var order in _client.ListOrdersAsync(maxPages: _options.ExternalIdLookupPages, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (order.Id is { Length: > 0 } && string.Equals(PrintifyMapping.ExternalIdOf(order), externalId, StringComparison.Ordinal)
                && (match is null || (order.CreatedAt ?? DateTimeOffset.MaxValue) <= (match.CreatedAt ?? DateTimeOffset.MaxValue)))
            {
                match = order;
            }
        }

        return match is null ? null : PrintifyMapping.ToPodOrder(match, _options.Currency);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Printify cancels only <c>on-hold</c> and <c>payment-not-received</c> orders. The status is read first,
    /// so an order past that point is refused here (no error response counts against the 5% rule) and an
    /// already cancelled one is returned as is.
    /// </remarks>
    public override async Task<PodOrder> CancelOrderAsync(string providerOrderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerOrderId);
        var order = await _client.GetOrderAsync(providerOrderId, cancellationToken).ConfigureAwait(false);
        if (order.Status == PrintifyOrderStatus.Canceled)
        {
            return PrintifyMapping.ToPodOrder(order, _options.Currency);
        }

        if (order.Status != PrintifyOrderStatus.OnHold && order.Status != PrintifyOrderStatus.PaymentNotReceived)
        {
            throw new ConflictException(
                $"Printify cancels only on-hold or payment-not-received orders; order {providerOrderId} is '{order.Status?.Value}'.",
                new RemoteErrorDetails(PrintifyClient.ServiceName, ErrorCode: order.Status?.Value));
        }

        return PrintifyMapping.ToPodOrder(await _client.CancelOrderAsync(providerOrderId, cancellationToken).ConfigureAwait(false), _options.Currency);
    }

    /// <inheritdoc />
    /// <remarks>The field rule runs before any call: every rejected request counts against Printify's 5% error rule.</remarks>
    protected override void ValidatePlacement(PodOrderRequest request) => PrintifyMapping.ToCreateRequest(request, _options);

    /// <inheritdoc />
    /// <remarks>Creates the order, then sends it to production (or, for a draft, reads it as it is, <c>on-hold</c>).</remarks>
    protected override async Task<PodPlacement> CreateOrderAsync(PodOrderRequest request, CancellationToken cancellationToken)
    {
        var id = await _client.CreateOrderAsync(PrintifyMapping.ToCreateRequest(request, _options), cancellationToken).ConfigureAwait(false);
        var order = request.AsDraft
            ? await _client.GetOrderAsync(id, cancellationToken).ConfigureAwait(false)
            : await _client.SendToProductionAsync(id, cancellationToken).ConfigureAwait(false);
        return new PodPlacement(PrintifyMapping.ToPodOrder(order, _options.Currency), AlreadyExisted: false);
    }

    /// <inheritdoc />
    protected override PodWebhookEvent VerifyAndParseWebhook(PodWebhookRequest request) => _webhooks.Parse(request);
}
