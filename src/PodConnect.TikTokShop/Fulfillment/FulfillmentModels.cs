using System.Text.Json.Serialization;
using PodConnect.Http.Json;

namespace PodConnect.TikTokShop.Fulfillment;

/// <summary>What to tell TikTok when the seller's own carrier has the parcel (Mark Package As Shipped).</summary>
/// <param name="OrderId">The order.</param>
/// <param name="LineItemIds">The line items in the parcel (send them all for a full shipment).</param>
/// <param name="ShippingProviderId">TikTok's id of the carrier (from Get Shipping Providers).</param>
/// <param name="TrackingNumber">The carrier's tracking number.</param>
public sealed record TikTokShipment(string OrderId, IReadOnlyList<string> LineItemIds, string ShippingProviderId, string TrackingNumber);

/// <summary>The outcome of marking an order shipped.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="PackageId">The package TikTok created.</param>
/// <param name="LineItemIds">The line items in it.</param>
/// <param name="Warning">TikTok's warning, e.g. "match more than one provider".</param>
/// <param name="AlreadyShipped">True when the call's answer was lost and a re-read found the order already shipped with this tracking number.</param>
public sealed record TikTokShipmentResult(string OrderId, string? PackageId, IReadOnlyList<string> LineItemIds, string? Warning, bool AlreadyShipped = false);

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
