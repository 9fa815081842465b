namespace PodConnect.Printful.Models;

/// <summary>A parcel as v2 <c>GET /v2/orders/{id}/shipments</c> returns it: the only place Printful says whether it was delivered.</summary>
public sealed class PrintfulV2Shipment
{
    /// <summary>Id (the same as v1's shipment id).</summary>
    public long? Id { get; init; }

    /// <summary>Carrier, e.g. <c>USPS</c>.</summary>
    public string? Carrier { get; init; }

    /// <summary>Service.</summary>
    public string? Service { get; init; }

    /// <summary><c>pending</c>, <c>onhold</c>, <c>canceled</c>, <c>packaged</c>, <c>shipped</c>, <c>returned</c>, <c>outstock</c>.</summary>
    public string? ShipmentStatus { get; init; }

    /// <summary>When it shipped.</summary>
    public DateTimeOffset? ShippedAt { get; init; }

    /// <summary><c>unknown</c>, <c>delivered</c>, <c>pre_transit</c>, <c>in_transit</c>, <c>out_for_delivery</c>, <c>available_for_pickup</c>, <c>return_to_sender</c>, <c>failure</c>, <c>canceled</c>.</summary>
    public string? DeliveryStatus { get; init; }

    /// <summary>When it was delivered.</summary>
    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>Tracking page.</summary>
    public string? TrackingUrl { get; init; }

    /// <summary>Whether Printful reports it delivered.</summary>
    public bool IsDelivered => string.Equals(DeliveryStatus, "delivered", StringComparison.OrdinalIgnoreCase);
}
