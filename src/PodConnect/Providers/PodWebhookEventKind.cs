namespace PodConnect.Providers;

/// <summary>What a normalized webhook event is about.</summary>
public enum PodWebhookEventKind
{
    /// <summary>An event type we do not act on (or do not know); the raw type is kept.</summary>
    Other = 0,

    /// <summary>The order was created at the provider.</summary>
    OrderCreated = 1,

    /// <summary>The order's (or an item's) status changed; see <see cref="PodWebhookEvent.Status"/>.</summary>
    OrderStatusChanged = 2,

    /// <summary>A parcel shipped or its tracking changed; see <see cref="PodWebhookEvent.Shipments"/>.</summary>
    ShipmentUpdated = 3,

    /// <summary>The provider revised its delivery estimate.</summary>
    DeliveryEstimateUpdated = 4,

    /// <summary>The provider's stock of some products changed; see <see cref="PodWebhookEvent.StockChanges"/>.</summary>
    StockChanged = 5,
}
