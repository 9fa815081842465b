using System.Text.Json.Serialization;
using PodConnect.Http.Json;

namespace PodConnect.TikTokShop.Fulfillment;

/// <summary>What to tell TikTok when the seller's own carrier has the parcel (Mark Package As Shipped).</summary>
/// <param name="OrderId">The order.</param>
/// <param name="LineItemIds">The line items in the parcel (send them all for a full shipment).</param>
/// <param name="ShippingProviderId">TikTok's id of the carrier (from Get Shipping Providers).</param>
/// <param name="TrackingNumber">The carrier's tracking number.</param>
public sealed record TikTokShipment(string OrderId, IReadOnlyList<string> LineItemIds, string ShippingProviderId, string TrackingNumber);

/// <summary>What became of marking an order shipped, or of correcting its tracking.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Outcome">The outcome; <see cref="IsDone"/> says whether the package now counts as shipped.</param>
public sealed record TikTokShipmentResult(string OrderId, TikTokShipmentOutcome Outcome)
{
    /// <summary>The package TikTok created (or found, for <see cref="TikTokShipmentOutcome.AlreadyShipped"/>), when known.</summary>
    public string? PackageId { get; init; }

    /// <summary>The line items in the package.</summary>
    public IReadOnlyList<string> LineItemIds { get; init; } = [];

    /// <summary>TikTok's warning on success, e.g. "match more than one provider".</summary>
    public string? Warning { get; init; }

    /// <summary>The tracking number TikTok holds for the package after the call, when it was read back.</summary>
    public string? TrackingNumber { get; init; }

    /// <summary>TikTok's error code when the call was refused (e.g. <c>21034012</c>), otherwise <c>null</c>.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>TikTok's message when the call was refused.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>Whether the order is now shipped with tracking on TikTok: shipped now, already shipped, or tracking updated.</summary>
    public bool IsDone => Outcome is TikTokShipmentOutcome.Shipped or TikTokShipmentOutcome.AlreadyShipped or TikTokShipmentOutcome.Updated;

    /// <summary>Whether the call found the order already shipped (an earlier call did it).</summary>
    public bool AlreadyShipped => Outcome == TikTokShipmentOutcome.AlreadyShipped;
}

/// <summary>A tracking event of an order.</summary>
/// <param name="Description">What happened.</param>
/// <param name="UpdateTime">When (TikTok sends milliseconds).</param>
public sealed record TikTokTrackingEvent(string? Description, DateTimeOffset? UpdateTime);

internal sealed class MarkShippedBody
{
    public IReadOnlyList<string>? OrderLineItemIds { get; init; }

    public string? ShippingProviderId { get; init; }

    public string? TrackingNumber { get; init; }
}

internal sealed class MarkShippedData
{
    public string? OrderId { get; init; }

    public IReadOnlyList<string>? OrderLineItemIds { get; init; }

    public string? PackageId { get; init; }

    public WarningData? Warning { get; init; }
}

internal sealed class WarningData
{
    public string? Message { get; init; }
}

internal sealed class TrackingData
{
    public IReadOnlyList<TrackingEventData>? Tracking { get; init; }
}

internal sealed class TrackingEventData
{
    public string? Description { get; init; }

    [JsonConverter(typeof(NullableUnixMillisecondsJsonConverter))]
    public DateTimeOffset? UpdateTimeMillis { get; init; }
}

internal sealed class EmptyData;
