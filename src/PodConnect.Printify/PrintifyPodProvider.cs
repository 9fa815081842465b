using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PodConnect.Errors;
using PodConnect.Http;
using PodConnect.Printify.Models;
using PodConnect.Printify.Webhooks;
using PodConnect.Providers;

namespace PodConnect.Printify;

/// <summary>
/// Printify behind <see cref="IPodProvider"/>. Printify documents no idempotency key and no
/// <c>external_id</c> filter, so placement is idempotent by lookup: the newest
/// <see cref="PrintifyClientOptions.ExternalIdLookupPages"/> pages of orders are searched for our
/// external id; only when it is absent is the order created, then sent to production (an order found
/// still <c>on-hold</c> is sent on, finishing an interrupted placement). After an unknown outcome the
/// lookup runs again before anything is repeated. Residual race: two placements of the same order at the
/// same instant, a lookup made before Printify lists a just-created order, or an order older than the
/// pages searched, can still lead to a duplicate — run one placement per order at a time (the reconciler
/// does). Calls per new order: one list page (more while the shop holds many recent orders), the create,
/// and send-to-production.
/// </summary>
public class PrintifyPodProvider : IPodProvider
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
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _options = options.Value;
        _webhooks = new PrintifyWebhookParser(_options);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public virtual string Name => PrintifyClient.ServiceName;

    /// <inheritdoc />
    /// <remarks>Printify prices shipping per method (cents); product costs and production location are not part of this call.</remarks>
    public virtual async Task<PodQuote> QuoteAsync(PodOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var costs = await _client.CalculateShippingAsync(PrintifyMapping.ToShippingRequest(request), cancellationToken).ConfigureAwait(false);
        return PrintifyMapping.ToPodQuote(costs, _options.Currency);
    }

    /// <inheritdoc />
    /// <remarks>With <see cref="PodOrderRequest.AsDraft"/> the order is left <c>on-hold</c> (not sent to production).</remarks>
    public virtual async Task<PodPlacement> PlaceOrderAsync(PodOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var create = PrintifyMapping.ToCreateRequest(request, _options); // Field rules first: nothing is sent for an order that cannot go.
        if (await FindRawAsync(request.ExternalId, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            PrintifyLog.PlacementReplayed(_logger, request.ExternalId, existing.Id!);
            PodProviderMetrics.RecordPlacement(PrintifyClient.ServiceName, PodProviderMetrics.Replayed);
            var finished = await FinishAsync(request, existing, cancellationToken).ConfigureAwait(false);
            return new PodPlacement(PrintifyMapping.ToPodOrder(finished, _options.Currency), AlreadyExisted: true);
        }

        string id;
        var outcome = PodProviderMetrics.Created;
        try
        {
            id = await _client.CreateOrderAsync(create, cancellationToken).ConfigureAwait(false);
        }
        catch (PodConnectException e) when (RemoteErrors.MayHaveTakenEffect(e) || e is MalformedResponseException)
        {
            PrintifyLog.PlacementOutcomeUnknown(_logger, request.ExternalId, e.GetType().Name);
            var found = await FindRawAsync(request.ExternalId, cancellationToken).ConfigureAwait(false);
            if (found is null)
            {
                throw;
            }

            PrintifyLog.PlacementRecovered(_logger, request.ExternalId, found.Id!);
            id = found.Id!;
            outcome = PodProviderMetrics.Recovered;
        }

        var order = request.AsDraft
            ? await _client.GetOrderAsync(id, cancellationToken).ConfigureAwait(false)
            : await _client.SendToProductionAsync(id, cancellationToken).ConfigureAwait(false);
        PodProviderMetrics.RecordPlacement(PrintifyClient.ServiceName, outcome);
        return new PodPlacement(PrintifyMapping.ToPodOrder(order, _options.Currency), AlreadyExisted: false);
    }

    /// <inheritdoc />
    public virtual async Task<PodOrder> GetOrderAsync(string providerOrderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerOrderId);
        return PrintifyMapping.ToPodOrder(await _client.GetOrderAsync(providerOrderId, cancellationToken).ConfigureAwait(false), _options.Currency);
    }

    /// <inheritdoc />
    public virtual async Task<PodOrder?> FindOrderByExternalIdAsync(string externalId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        return await FindRawAsync(externalId, cancellationToken).ConfigureAwait(false) is { } order ? PrintifyMapping.ToPodOrder(order, _options.Currency) : null;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Printify cancels only <c>on-hold</c> and <c>payment-not-received</c> orders. The status is read first,
    /// so an order past that point is refused here (no error response counts against the 5% rule) and an
    /// already cancelled one is returned as is.
    /// </remarks>
    public virtual async Task<PodOrder> CancelOrderAsync(string providerOrderId, CancellationToken cancellationToken = default)
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
    public virtual PodWebhookEvent ParseWebhook(PodWebhookRequest request)
    {
        try
        {
            return _webhooks.Parse(request);
        }
        catch (WebhookVerificationException e)
        {
            PrintifyLog.WebhookRejected(_logger, e.Message);
            PodProviderMetrics.RecordRejectedWebhook(PrintifyClient.ServiceName);
            throw;
        }
    }

    private async Task<PrintifyOrder> FinishAsync(PodOrderRequest request, PrintifyOrder existing, CancellationToken cancellationToken)
    {
        if (request.AsDraft || existing.Status != PrintifyOrderStatus.OnHold)
        {
            return existing;
        }

        PrintifyLog.ResumingSendToProduction(_logger, request.ExternalId, existing.Id!);
        return await _client.SendToProductionAsync(existing.Id!, cancellationToken).ConfigureAwait(false);
    }

    private async Task<PrintifyOrder?> FindRawAsync(string externalId, CancellationToken cancellationToken)
    {
        // Newest first; if a past race left duplicates, the oldest is the one every caller converges on.
        PrintifyOrder? match = null;
        await foreach (var order in _client.ListOrdersAsync(maxPages: _options.ExternalIdLookupPages, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (order.Id is { Length: > 0 } && string.Equals(PrintifyMapping.ExternalIdOf(order), externalId, StringComparison.Ordinal)
                && (match is null || (order.CreatedAt ?? DateTimeOffset.MaxValue) <= (match.CreatedAt ?? DateTimeOffset.MaxValue)))
            {
                match = order;
            }
        }

        return match;
    }
}
