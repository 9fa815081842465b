using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PodConnect.Errors;
using PodConnect.Http;
using PodConnect.Printful.Webhooks;
using PodConnect.Providers;

namespace PodConnect.Printful;

/// <summary>
/// Printful behind <see cref="IPodProvider"/>. Placement is idempotent by Printful's own rule: the
/// external id (our marketplace order id, ≤ 32 characters) is unique per store, so a repeat create
/// answers <c>OR-13 EXTERNAL_ID_IN_USE</c> and the existing order is fetched with
/// <c>GET /orders/@{external_id}</c>; after a create whose outcome is unknown (timeout, reset, 5xx) the
/// order is looked up the same way. Printful never holds two orders with one external id.
/// </summary>
public class PrintfulPodProvider : IPodProvider
{
    private readonly PrintfulClient _client = null!;
    private readonly PrintfulWebhookParser _webhooks = null!;
    private readonly ILogger _logger = NullLogger.Instance;

    /// <summary>For mocking only.</summary>
    protected PrintfulPodProvider()
    {
    }

    /// <summary>Creates the provider over a client.</summary>
    public PrintfulPodProvider(PrintfulClient client, IOptions<PrintfulClientOptions> options, ILogger<PrintfulPodProvider>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _webhooks = new PrintfulWebhookParser(options.Value);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public virtual string Name => PrintfulClient.ServiceName;

    /// <summary>
    /// Prices the order with two reads: v1 <c>orders/estimate-costs</c> for the products and v2
    /// <c>shipping-rates</c> for the methods, delivery estimates and departure country. Lines must use
    /// catalog variant ids.
    /// </summary>
    public virtual async Task<PodQuote> QuoteAsync(PodOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rates = _client.GetShippingRatesV2Async(PrintfulMapping.ToV2RatesRequest(request), cancellationToken);
        var costs = _client.EstimateCostsAsync(WithoutExternalId(PrintfulMapping.ToOrderRequest(request)), cancellationToken);
        await Task.WhenAll(rates, costs).ConfigureAwait(false);
        return PrintfulMapping.ToPodQuote(await costs.ConfigureAwait(false), await rates.ConfigureAwait(false));
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The external id is longer than 32 characters or has characters Printful refuses.</exception>
    public virtual async Task<PodPlacement> PlaceOrderAsync(PodOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        PrintfulClient.ValidateExternalId(request.ExternalId);
        try
        {
            var created = await _client.CreateOrderAsync(PrintfulMapping.ToOrderRequest(request), confirm: !request.AsDraft, cancellationToken).ConfigureAwait(false);
            var placed = new PodPlacement(PrintfulMapping.ToPodOrder(created), AlreadyExisted: false);
            PodProviderMetrics.RecordPlacement(PrintfulClient.ServiceName, PodProviderMetrics.Created);
            return placed;
        }
        catch (PodConnectException e) when (e.ErrorCode == PrintfulErrorFunnel.ExternalIdInUse)
        {
            var existing = PrintfulMapping.ToPodOrder(await _client.GetOrderByExternalIdAsync(request.ExternalId, cancellationToken).ConfigureAwait(false));
            PrintfulLog.PlacementReplayed(_logger, request.ExternalId, existing.ProviderOrderId);
            PodProviderMetrics.RecordPlacement(PrintfulClient.ServiceName, PodProviderMetrics.Replayed);
            return new PodPlacement(existing, AlreadyExisted: true);
        }
        catch (PodConnectException e) when (RemoteErrors.MayHaveTakenEffect(e) || e is MalformedResponseException)
        {
            // The create may have been accepted before the answer was lost: look it up by its key.
            PrintfulLog.PlacementOutcomeUnknown(_logger, request.ExternalId, e.GetType().Name);
            if (await FindOrderByExternalIdAsync(request.ExternalId, cancellationToken).ConfigureAwait(false) is { } afterFailure)
            {
                PrintfulLog.PlacementRecovered(_logger, request.ExternalId, afterFailure.ProviderOrderId);
                PodProviderMetrics.RecordPlacement(PrintfulClient.ServiceName, PodProviderMetrics.Recovered);
                return new PodPlacement(afterFailure, AlreadyExisted: false);
            }

            throw;
        }
    }

    /// <summary>
    /// Reads the order (v1). v1 has no "delivered" status, so for a <c>fulfilled</c> order the v2
    /// shipments are read too: when every parcel reports <c>delivered</c>, the order is
    /// <see cref="PodOrderStatus.Delivered"/>.
    /// </summary>
    public virtual async Task<PodOrder> GetOrderAsync(string providerOrderId, CancellationToken cancellationToken = default) =>
        await WithDeliveryAsync(PrintfulMapping.ToPodOrder(await _client.GetOrderAsync(ParseId(providerOrderId), cancellationToken).ConfigureAwait(false)), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public virtual async Task<PodOrder?> FindOrderByExternalIdAsync(string externalId, CancellationToken cancellationToken = default)
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
    public virtual async Task<PodOrder> CancelOrderAsync(string providerOrderId, CancellationToken cancellationToken = default) =>
        PrintfulMapping.ToPodOrder(await _client.CancelOrderAsync(ParseId(providerOrderId), cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public virtual PodWebhookEvent ParseWebhook(PodWebhookRequest request)
    {
        try
        {
            return _webhooks.Parse(request);
        }
        catch (WebhookVerificationException e)
        {
            PrintfulLog.WebhookRejected(_logger, e.Message);
            PodProviderMetrics.RecordRejectedWebhook(PrintfulClient.ServiceName);
            throw;
        }
    }

    private async Task<PodOrder> WithDeliveryAsync(PodOrder order, CancellationToken cancellationToken)
    {
        if (order.RawStatus != Models.PrintfulOrderStatus.Fulfilled.Value)
        {
            return order;
        }

        var shipments = await _client.GetShipmentsV2Async(ParseId(order.ProviderOrderId), cancellationToken).ConfigureAwait(false);
        return shipments.Count > 0 && shipments.All(s => s.IsDelivered) ? order with { Status = PodOrderStatus.Delivered } : order;
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
