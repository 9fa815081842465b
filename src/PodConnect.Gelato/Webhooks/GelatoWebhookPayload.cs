using PodConnect.Gelato.Models;

namespace PodConnect.Gelato.Webhooks;

/// <summary>
/// A Gelato webhook body. The four order events share most fields, so one tolerant shape reads all
/// of them; fields an event does not carry stay <see langword="null"/>.
/// </summary>
internal sealed class GelatoWebhookPayload
{
    /// <summary>The event id (e.g. <c>os_5e5680ce494f6</c>); the de-duplication key.</summary>
    public string? Id { get; init; }

    /// <summary>The event type, e.g. <c>order_status_updated</c>.</summary>
    public string? Event { get; init; }

    /// <summary>The event type in an older revision of the payload (<c>"object":"orderStatus"</c>).</summary>
    [System.Text.Json.Serialization.JsonPropertyName("object")]
    public string? LegacyObjectType { get; init; }

    /// <summary>Gelato's order id.</summary>
    public string? OrderId { get; init; }

    /// <summary>Our order id.</summary>
    public string? OrderReferenceId { get; init; }

    /// <summary>Our item id (item events).</summary>
    public string? ItemReferenceId { get; init; }

    /// <summary>The store, null for API orders.</summary>
    public string? StoreId { get; init; }

    /// <summary>The order's status (<c>order_status_updated</c>).</summary>
    public GelatoFulfillmentStatus? FulfillmentStatus { get; init; }

    /// <summary>The item's status (<c>order_item_status_updated</c>).</summary>
    public GelatoFulfillmentStatus? Status { get; init; }

    /// <summary>A comment on the item status change.</summary>
    public string? Comment { get; init; }

    /// <summary>When the event was created.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>Items with their fulfillments (<c>order_status_updated</c>).</summary>
    public IReadOnlyList<GelatoWebhookItem>? Items { get; init; }

    /// <summary>Tracking number (<c>order_item_tracking_code_updated</c>).</summary>
    public string? TrackingCode { get; init; }

    /// <summary>Tracking page.</summary>
    public string? TrackingUrl { get; init; }

    /// <summary>Shipment method name (stands in for the carrier).</summary>
    public string? ShipmentMethodName { get; init; }

    /// <summary>Shipment method uid.</summary>
    public string? ShipmentMethodUid { get; init; }

    /// <summary>Producing country (tracking event).</summary>
    public string? ProductionCountry { get; init; }

    /// <summary>Fulfilling country (item status event).</summary>
    public string? FulfillmentCountry { get; init; }

    /// <summary>Revised earliest delivery (<c>order_delivery_estimate_updated</c>).</summary>
    public DateOnly? MinDeliveryDate { get; init; }

    /// <summary>Revised latest delivery.</summary>
    public DateOnly? MaxDeliveryDate { get; init; }
}

/// <summary>An item of an <c>order_status_updated</c> event.</summary>
internal sealed class GelatoWebhookItem
{
    /// <summary>Our item id.</summary>
    public string? ItemReferenceId { get; init; }

    /// <summary>The item's status.</summary>
    public GelatoFulfillmentStatus? FulfillmentStatus { get; init; }

    /// <summary>Where and how it was sent.</summary>
    public IReadOnlyList<GelatoWebhookFulfillment>? Fulfillments { get; init; }
}

/// <summary>A fulfillment (parcel) of an item.</summary>
internal sealed class GelatoWebhookFulfillment
{
    /// <summary>Tracking number.</summary>
    public string? TrackingCode { get; init; }

    /// <summary>Tracking page.</summary>
    public string? TrackingUrl { get; init; }

    /// <summary>Method name.</summary>
    public string? ShipmentMethodName { get; init; }

    /// <summary>Method uid.</summary>
    public string? ShipmentMethodUid { get; init; }

    /// <summary>Fulfilling country.</summary>
    public string? FulfillmentCountry { get; init; }
}
