using System.Text.Json;
using PodConnect.Errors;
using PodConnect.Http;
using PodConnect.TikTokShop.Internal;
using PodConnect.TikTokShop.Orders;

namespace PodConnect.TikTokShop.Fulfillment;

/// <summary>Seller shipping for one shop (from <see cref="TikTokSellerShopClient.Fulfillment"/>).</summary>
public class TikTokFulfillmentClient
{
    private readonly TikTokApi _api;
    private readonly TikTokShopRef _shop;
    private readonly TikTokOrdersClient _orders;

    /// <summary>For mocking.</summary>
    protected TikTokFulfillmentClient()
    {
        _api = null!;
        _shop = null!;
        _orders = null!;
    }

    internal TikTokFulfillmentClient(TikTokApi api, TikTokShopRef shop, TikTokOrdersClient orders)
    {
        _api = api;
        _shop = shop;
        _orders = orders;
    }

    /// <summary>
    /// Marks an order's line items shipped with the seller's own carrier (Mark Package As Shipped,
    /// the UK/EU seller-shipping call; tracking number and shipping provider are required). TikTok's
    /// documented refusals come back as a <see cref="TikTokShipmentResult.Outcome"/> the caller can act
    /// on (already shipped = done; tracking rejected, mismatched or reused; on hold; needs attention),
    /// not as exceptions. Never re-sent blindly: a throttled call (refused unprocessed) is sent again
    /// after a randomized backoff, but when the answer is lost (timeout, dropped connection, 5xx) the
    /// order is read back, and if it already carries this tracking number the outcome is
    /// <see cref="TikTokShipmentOutcome.AlreadyShipped"/>; otherwise the original error is raised.
    /// </summary>
    public virtual async Task<TikTokShipmentResult> MarkShippedAsync(TikTokShipment shipment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        ArgumentException.ThrowIfNullOrEmpty(shipment.OrderId);
        ArgumentException.ThrowIfNullOrEmpty(shipment.ShippingProviderId);
        ArgumentException.ThrowIfNullOrEmpty(shipment.TrackingNumber);
        ArgumentNullException.ThrowIfNull(shipment.LineItemIds);
        var body = new MarkShippedBody
        {
            OrderLineItemIds = shipment.LineItemIds,
            ShippingProviderId = shipment.ShippingProviderId,
            TrackingNumber = shipment.TrackingNumber,
        };
        try
        {
            var data = await _api.SendAsync(TikTokEndpoints.MarkPackageAsShipped, _api.Versions.MarkPackageAsShipped, shipment.OrderId, _shop, null,
                JsonSerializer.SerializeToUtf8Bytes(body, TikTokShopJsonContext.Default.MarkShippedBody),
                TikTokShopJsonContext.Default.TikTokEnvelopeMarkShippedData, retryable: false, dataOptional: true, cancellationToken).ConfigureAwait(false);
            return new TikTokShipmentResult(data.OrderId ?? shipment.OrderId, TikTokShipmentOutcome.Shipped)
            {
                PackageId = data.PackageId,
                LineItemIds = data.OrderLineItemIds ?? shipment.LineItemIds,
                Warning = data.Warning?.Message,
                TrackingNumber = shipment.TrackingNumber,
            };
        }
        catch (PodConnectException refused) when (TikTokFulfillmentErrorCodes.OutcomeOf(refused.ErrorCode) is { } outcome)
        {
            if (outcome != TikTokShipmentOutcome.AlreadyShipped)
            {
                return Refused(shipment.OrderId, outcome, refused) with { LineItemIds = shipment.LineItemIds };
            }

            // Done, by an earlier call: read the package back for its id and tracking (best effort).
            var order = await TryReadAsync(shipment.OrderId, cancellationToken).ConfigureAwait(false);
            return AlreadyShippedResult(order, shipment) with { ErrorCode = refused.ErrorCode, ErrorMessage = refused.Details.ServiceMessage };
        }
        catch (PodConnectException lost) when (RemoteErrors.MayHaveTakenEffect(lost) && !cancellationToken.IsCancellationRequested)
        {
            // The outcome is unknown. Read the order instead of POSTing again.
            var reason = lost.StatusCode is { } status ? $"HTTP {status}" : "no answer";
            var order = await TryReadAsync(shipment.OrderId, cancellationToken).ConfigureAwait(false);
            if (order is null)
            {
                // Could not find out either: the original "outcome unknown" error is the truthful one.
                Log.MarkShippedOutcomeUnknown(_api.Logger, shipment.OrderId, reason, "unreadable");
                throw;
            }

            var shipped = IsShippedWith(order, shipment);
            Log.MarkShippedOutcomeUnknown(_api.Logger, shipment.OrderId, reason, shipped ? "shipped with this tracking number" : "not shipped");
            if (shipped)
            {
                return AlreadyShippedResult(order, shipment);
            }

            throw;
        }
    }

    /// <summary>
    /// Corrects the carrier or tracking number of a shipped order (Update Shipping Info). TikTok allows
    /// this once, within 72 hours of shipping: past that the outcome is
    /// <see cref="TikTokShipmentOutcome.EditWindowClosed"/> or <see cref="TikTokShipmentOutcome.AlreadyEdited"/>;
    /// a refused tracking number is <see cref="TikTokShipmentOutcome.TrackingRejected"/> and the like.
    /// Not retried after a lost answer (a second edit would be refused as the second one).
    /// </summary>
    public virtual async Task<TikTokShipmentResult> UpdateShippingInfoAsync(string orderId, string shippingProviderId, string trackingNumber, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        ArgumentException.ThrowIfNullOrEmpty(shippingProviderId);
        ArgumentException.ThrowIfNullOrEmpty(trackingNumber);
        var body = new MarkShippedBody { ShippingProviderId = shippingProviderId, TrackingNumber = trackingNumber };
        try
        {
            await _api.SendAsync(TikTokEndpoints.UpdateShippingInfo, _api.Versions.UpdateShippingInfo, orderId, _shop, null,
                JsonSerializer.SerializeToUtf8Bytes(body, TikTokShopJsonContext.Default.MarkShippedBody),
                TikTokShopJsonContext.Default.TikTokEnvelopeEmptyData, retryable: false, dataOptional: true, cancellationToken).ConfigureAwait(false);
            return new TikTokShipmentResult(orderId, TikTokShipmentOutcome.Updated) { TrackingNumber = trackingNumber };
        }
        catch (PodConnectException refused) when (TikTokFulfillmentErrorCodes.OutcomeOf(refused.ErrorCode) is { } outcome)
        {
            return Refused(orderId, outcome, refused);
        }
    }

    private static TikTokShipmentResult Refused(string orderId, TikTokShipmentOutcome outcome, PodConnectException refused) =>
        new(orderId, outcome) { ErrorCode = refused.ErrorCode, ErrorMessage = refused.Details.ServiceMessage };

    private static TikTokShipmentResult AlreadyShippedResult(TikTokOrder? order, TikTokShipment shipment)
    {
        var item = order?.LineItems.OfType<TikTokLineItem>().FirstOrDefault(i => shipment.LineItemIds.Contains(i.Id) && i.PackageId is not null);
        return new TikTokShipmentResult(shipment.OrderId, TikTokShipmentOutcome.AlreadyShipped)
        {
            PackageId = item?.PackageId ?? order?.Packages.OfType<TikTokPackageReference>().FirstOrDefault()?.Id,
            LineItemIds = shipment.LineItemIds,
            TrackingNumber = item?.TrackingNumber ?? order?.TrackingNumber,
        };
    }

    private async Task<TikTokOrder?> TryReadAsync(string orderId, CancellationToken cancellationToken)
    {
        try
        {
            return await _orders.GetOrderAsync(orderId, cancellationToken).ConfigureAwait(false);
        }
        catch (PodConnectException)
        {
            return null;
        }
    }

    private static bool IsShippedWith(TikTokOrder order, TikTokShipment shipment)
    {
        if (order.TrackingNumber == shipment.TrackingNumber && order.Status.IsShippedOrLater)
        {
            return true;
        }

        var items = order.LineItems.OfType<TikTokLineItem>().Where(i => shipment.LineItemIds.Contains(i.Id)).ToList();
        return items.Count > 0 && items.All(i => i.TrackingNumber == shipment.TrackingNumber);
    }

    /// <summary>The tracking events of an order.</summary>
    public virtual async Task<IReadOnlyList<TikTokTrackingEvent>> GetTrackingAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        var data = await _api.SendAsync(TikTokEndpoints.Tracking, _api.Versions.GetTracking, orderId, _shop, null, null,
            TikTokShopJsonContext.Default.TikTokEnvelopeTrackingData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
        return (data.Tracking ?? []).OfType<TrackingEventData>().Select(t => new TikTokTrackingEvent(t.Description, t.UpdateTimeMillis)).ToList();
    }
}
