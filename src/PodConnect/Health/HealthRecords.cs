using PodConnect.Dispatch;
using PodConnect.Marketplaces;
using PodConnect.Routing;

namespace PodConnect.Health;

/// <summary>What the loop records in the health ledgers: the marketplace's own timestamps, its routing predictions, its dispatches.</summary>
internal static class HealthRecords
{
    /// <summary>Everything the marketplace says about an order's health (level-triggered: recorded whenever the order is read).</summary>
    public static OrderHealthRecord Of(MarketplaceOrder order)
    {
        var shipped = order.Status == MarketplaceOrderStatus.Shipped;
        var cancelled = order.Status == MarketplaceOrderStatus.Cancelled;
        return new OrderHealthRecord(order.Reference.ShopId, order.Id, order.CreatedAt)
        {
            Market = order.Market ?? order.ShipTo.Country,
            DispatchBy = order.Deadlines.ReadyToShipBy,
            // A shipped order always has TikTok's rts_time; the update instant is only a fallback.
            DispatchedAt = shipped ? order.ShippedAt ?? order.UpdatedAt ?? order.CreatedAt : null,
            CollectedAt = order.CollectedAt,
            DeliverBy = order.Deadlines.DeliverBy,
            DeliveredAt = order.DeliveredAt,
            ShippingDue = order.Deadlines.ShippingDue,
            CancelledAt = cancelled ? order.CancelledAt ?? order.UpdatedAt ?? order.CreatedAt : null,
            SellerFault = cancelled ? CancellationFault.IsSellerFault(order.CancellationInitiator, order.CancelReason) : null,
        };
    }

    /// <summary>The routing prediction for a routed order: when it will dispatch and (end of the predicted day, conservatively) be delivered.</summary>
    public static OrderHealthRecord Predicted(MarketplaceOrder order, RoutingDecision decision) =>
        new(order.Reference.ShopId, order.Id, order.CreatedAt)
        {
            PredictedDispatch = decision.PredictedDispatch,
            PredictedDelivery = decision.PredictedDelivery is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero) : null,
        };

    /// <summary>A dispatch the loop just made, with the deadline it was judged by (the marketplace's, else the market rule's).</summary>
    public static OrderHealthRecord Dispatched(MarketplaceOrder order, DispatchRecord dispatch) =>
        Of(order) with { DispatchBy = order.Deadlines.ReadyToShipBy ?? dispatch.Deadline, DispatchedAt = dispatch.DispatchedAt, CancelledAt = null, SellerFault = null };
}
