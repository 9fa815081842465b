namespace PodConnect.Providers;

/// <summary>
/// The provider-neutral order status. Each provider maps its own (open-ended) statuses onto it and
/// keeps the raw value in <see cref="PodOrder.RawStatus"/>; an unknown raw value maps to
/// <see cref="Received"/> only when nothing better is known, never throws.
/// </summary>
public enum PodOrderStatus
{
    /// <summary>Accepted by the provider (including drafts and orders waiting for files or approval), not yet in production.</summary>
    Received = 0,

    /// <summary>Being produced (printed, packed); usually no longer cancellable.</summary>
    InProduction = 1,

    /// <summary>Handed to the carrier, at least partly; tracking is available.</summary>
    Shipped = 2,

    /// <summary>Delivered to the recipient.</summary>
    Delivered = 3,

    /// <summary>Cancelled; will not be produced.</summary>
    Cancelled = 4,

    /// <summary>The provider could not accept or produce it (bad file, address, payment); needs a person.</summary>
    Failed = 5,

    /// <summary>Paused by the provider until a problem is resolved or approved.</summary>
    OnHold = 6,
}
