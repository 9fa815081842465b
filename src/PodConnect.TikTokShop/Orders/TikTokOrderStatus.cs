using System.Text.Json.Serialization;
using PodConnect.Http.Json;

namespace PodConnect.TikTokShop.Orders;

/// <summary>
/// A TikTok Shop order (or line item display) status. Open set: a status TikTok adds later is kept
/// as its wire string, never rejected.
/// </summary>
/// <param name="Value">The status exactly as on the wire, e.g. <c>AWAITING_SHIPMENT</c>.</param>
[JsonConverter(typeof(StringValueJsonConverter<TikTokOrderStatus>))]
public readonly record struct TikTokOrderStatus(string Value) : IStringValue<TikTokOrderStatus>
{
    /// <summary>Placed, payment not completed.</summary>
    public static TikTokOrderStatus Unpaid { get; } = new("UNPAID");

    /// <summary>Accepted, the buyer may still cancel; do not ship yet.</summary>
    public static TikTokOrderStatus OnHold { get; } = new("ON_HOLD");

    /// <summary>Ready to ship, nothing shipped yet: the order to fulfil.</summary>
    public static TikTokOrderStatus AwaitingShipment { get; } = new("AWAITING_SHIPMENT");

    /// <summary>Some items shipped.</summary>
    public static TikTokOrderStatus PartiallyShipping { get; } = new("PARTIALLY_SHIPPING");

    /// <summary>Shipment arranged (tracking uploaded), waiting for the carrier.</summary>
    public static TikTokOrderStatus AwaitingCollection { get; } = new("AWAITING_COLLECTION");

    /// <summary>Collected by the carrier.</summary>
    public static TikTokOrderStatus InTransit { get; } = new("IN_TRANSIT");

    /// <summary>Delivered.</summary>
    public static TikTokOrderStatus Delivered { get; } = new("DELIVERED");

    /// <summary>No further returns or refunds.</summary>
    public static TikTokOrderStatus Completed { get; } = new("COMPLETED");

    /// <summary>Cancelled. The order-status webhook spells it <c>CANCEL</c>; <see cref="FromValue"/> reads both as this value.</summary>
    public static TikTokOrderStatus Cancelled { get; } = new("CANCELLED");

    /// <summary>The status for a wire value; the webhook's <c>CANCEL</c> becomes <see cref="Cancelled"/>, as the Orders API says it.</summary>
    public static TikTokOrderStatus FromValue(string value) => value == "CANCEL" ? Cancelled : new(value);

    /// <summary>Whether the status has shipped (or later): awaiting collection, in transit, delivered or completed.</summary>
    public bool IsShippedOrLater => this == AwaitingCollection || this == InTransit || this == Delivered || this == Completed;

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
