namespace PodConnect.TikTokShop.Fulfillment;

/// <summary>
/// What became of a mark-as-shipped or tracking update, from TikTok's documented error codes
/// (<see cref="TikTokFulfillmentErrorCodes"/>), so a fulfillment loop can act without parsing messages.
/// </summary>
public enum TikTokShipmentOutcome
{
    /// <summary>TikTok accepted the shipment now.</summary>
    Shipped,

    /// <summary>The package was already shipped (an earlier call, or its lost answer): done, nothing to repeat.</summary>
    AlreadyShipped,

    /// <summary>The tracking information was corrected.</summary>
    Updated,

    /// <summary>TikTok refused the tracking number (no carrier matches it, invalid characters, invalid for the provider): fix it and try again.</summary>
    TrackingRejected,

    /// <summary>The tracking number does not belong to the shipping provider given: the carrier mapping is wrong.</summary>
    TrackingMismatch,

    /// <summary>The tracking number was already used (on this or another package), or used too often: get a new one.</summary>
    TrackingReused,

    /// <summary>The tracking information can only be changed within 72 hours of shipping, and that time is over.</summary>
    EditWindowClosed,

    /// <summary>The tracking information can only be changed once, and it already was.</summary>
    AlreadyEdited,

    /// <summary>The order is in its ON_HOLD (buyer-remorse) hour; ship after it ends.</summary>
    OnHold,

    /// <summary>
    /// A person must decide: an after-sale or cancellation request is pending, the order is being
    /// reversed, the package was split or combined, the line items must be named, the address cannot
    /// be delivered to, or the market does not allow this call. See the code.
    /// </summary>
    NeedsAttention,
}
