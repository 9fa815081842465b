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
    /// the UK/EU seller-shipping call; tracking number and shipping provider are required). Never
    /// re-sent blindly: when the answer is lost (timeout, dropped connection, 5xx) the order is read
    /// back, and if it already carries this tracking number the result says
    /// <see cref="TikTokShipmentResult.AlreadyShipped"/>; otherwise the original error is raised.
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
            return new TikTokShipmentResult(data.OrderId ?? shipment.OrderId, data.PackageId, data.OrderLineItemIds ?? shipment.LineItemIds, data.Warning?.Message);
        }
        catch (PodConnectException lost) when (RemoteErrors.MayHaveTakenEffect(lost) && !cancellationToken.IsCancellationRequested)
        {
            // The outcome is unknown. Read the order instead of POSTing again.
            TikTokOrder order;
            try
            {
                order = await _orders.GetOrderAsync(shipment.OrderId, cancellationToken).ConfigureAwait(false);
            }
            catch (PodConnectException)
            {
                // Could not find out either: the original "outcome unknown" error is the truthful one.
                Log.MarkShippedOutcomeUnknown(_api.Logger, shipment.OrderId, lost.StatusCode is { } s ? $"HTTP {s}" : "no answer", "unreadable");
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(lost);
                throw; // unreachable: Throw never returns (keeps definite assignment happy)
            }

            var shipped = IsShippedWith(order, shipment);
            Log.MarkShippedOutcomeUnknown(_api.Logger, shipment.OrderId, lost.StatusCode is { } status ? $"HTTP {status}" : "no answer", shipped ? "shipped with this tracking number" : "not shipped");
            if (shipped)
            {
                var package = order.LineItems.OfType<TikTokLineItem>().FirstOrDefault(i => shipment.LineItemIds.Contains(i.Id))?.PackageId ?? (order.Packages.Count > 0 ? order.Packages[0]?.Id : null);
                return new TikTokShipmentResult(order.Id, package, shipment.LineItemIds, null, AlreadyShipped: true);
            }

            throw;
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

    /// <summary>Corrects the carrier or tracking number of a shipped order (TikTok allows this within 72 h, once). Not retried.</summary>
    public virtual async Task UpdateShippingInfoAsync(string orderId, string shippingProviderId, string trackingNumber, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        ArgumentException.ThrowIfNullOrEmpty(shippingProviderId);
        ArgumentException.ThrowIfNullOrEmpty(trackingNumber);
        var body = new MarkShippedBody { ShippingProviderId = shippingProviderId, TrackingNumber = trackingNumber };
        await _api.SendAsync(TikTokEndpoints.UpdateShippingInfo, _api.Versions.UpdateShippingInfo, orderId, _shop, null,
            JsonSerializer.SerializeToUtf8Bytes(body, TikTokShopJsonContext.Default.MarkShippedBody),
            TikTokShopJsonContext.Default.TikTokEnvelopeEmptyData, retryable: false, dataOptional: true, cancellationToken).ConfigureAwait(false);
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
