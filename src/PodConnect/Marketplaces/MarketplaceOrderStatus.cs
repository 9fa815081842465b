namespace PodConnect.Marketplaces;

/// <summary>Where a marketplace order stands, as far as fulfilment cares. Each marketplace maps its own statuses onto it.</summary>
public enum MarketplaceOrderStatus
{
    /// <summary>A status fulfilment does not act on (unpaid, partially shipped by someone else, unknown); the raw value is kept.</summary>
    Other = 0,

    /// <summary>In the marketplace's buyer-remorse window (TikTok <c>ON_HOLD</c>); shipping calls fail until it ends.</summary>
    OnHold = 1,

    /// <summary>Paid and waiting for the seller to ship: the loop's work.</summary>
    AwaitingShipment = 2,

    /// <summary>Marked shipped (or further: in transit, delivered, completed).</summary>
    Shipped = 3,

    /// <summary>Cancelled.</summary>
    Cancelled = 4,
}
