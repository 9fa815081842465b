namespace PodConnect.Fulfillment;

/// <summary>Why the loop handed an order to a person instead of finishing it. docs/operations.md says what to do about each.</summary>
public enum SurfaceReason
{
    /// <summary>A SKU of the order is not in the catalogue.</summary>
    UnknownSku = 0,

    /// <summary>No registered provider makes every SKU of the order (the catalogue maps them to different or unregistered providers).</summary>
    NoProviderForAllItems = 1,

    /// <summary>Routing found no facility that makes it and ships there (see the detail).</summary>
    Unroutable = 2,

    /// <summary>Routing split the order across providers; the loop places each order at exactly one provider.</summary>
    SplitAcrossProviders = 3,

    /// <summary>The marketplace gave no recipient name; providers need one to ship.</summary>
    MissingRecipient = 4,

    /// <summary>The provider refused the order (validation, file, address or payment problem).</summary>
    ProviderRejected = 5,

    /// <summary>The provider cancelled or failed the order after accepting it.</summary>
    ProviderFailed = 6,

    /// <summary>The provider's carrier matches none of the marketplace's carriers for the shop; add a carrier override.</summary>
    UnmatchedCarrier = 7,

    /// <summary>The provider shipped without a tracking number.</summary>
    MissingTracking = 8,

    /// <summary>The marketplace refused the tracking number or carrier.</summary>
    TrackingRejected = 9,

    /// <summary>The marketplace needs a person before it accepts the shipment (after-sale request, split or combined packages).</summary>
    MarketplaceNeedsAttention = 10,

    /// <summary>The buyer cancelled on the marketplace but the provider can no longer cancel (in production or shipped).</summary>
    CancelTooLate = 11,
}
