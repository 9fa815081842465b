using System.Text.Json.Serialization;
using PodConnect.Http.Json;
namespace PodConnect.Printful.Models;

/// <summary>An order as v1 returns it.</summary>
public sealed class PrintfulOrder
{
    /// <summary>Printful's id.</summary>
    public long? Id { get; init; }

    /// <summary>Our order id.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The store.</summary>
    public long? Store { get; init; }

    /// <summary>The status.</summary>
    public PrintfulOrderStatus? Status { get; init; }

    /// <summary>The shipping method id.</summary>
    public string? Shipping { get; init; }

    /// <summary>The shipping method's name.</summary>
    public string? ShippingServiceName { get; init; }

    /// <summary>Created (UNIX seconds on the wire).</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>Updated.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>Where it goes.</summary>
    public PrintfulAddress? Recipient { get; init; }

    /// <summary>What Printful charges.</summary>
    public PrintfulCosts? Costs { get; init; }

    /// <summary>Parcels sent.</summary>
    public IReadOnlyList<PrintfulShipment>? Shipments { get; init; }
}

/// <summary>Order costs (money as strings on the wire, e.g. <c>"13.00"</c>).</summary>
public sealed class PrintfulCosts
{
    /// <summary>Currency.</summary>
    public string? Currency { get; init; }

    /// <summary>Products.</summary>
    public decimal? Subtotal { get; init; }

    /// <summary>Discount.</summary>
    public decimal? Discount { get; init; }

    /// <summary>Shipping.</summary>
    public decimal? Shipping { get; init; }

    /// <summary>Tax.</summary>
    public decimal? Tax { get; init; }

    /// <summary>VAT.</summary>
    public decimal? Vat { get; init; }

    /// <summary>Grand total.</summary>
    public decimal? Total { get; init; }
}

/// <summary>A parcel (v1 <c>Shipment</c>).</summary>
public sealed class PrintfulShipment
{
    /// <summary>Id.</summary>
    public long? Id { get; init; }

    /// <summary>Carrier code, e.g. <c>FEDEX</c>.</summary>
    public string? Carrier { get; init; }

    /// <summary>Service, e.g. <c>FedEx SmartPost</c>.</summary>
    public string? Service { get; init; }

    /// <summary>Tracking number. Read tolerantly: Printful's own example sends the number <c>0</c> where the schema says string.</summary>
    [JsonConverter(typeof(FlexibleStringJsonConverter))]
    public string? TrackingNumber { get; init; }

    /// <summary>Tracking page.</summary>
    public string? TrackingUrl { get; init; }

    /// <summary>When it shipped (epoch or ISO text on the wire).</summary>
    public DateTimeOffset? ShippedAt { get; init; }

    /// <summary>Whether it is a reshipment.</summary>
    public bool? Reshipment { get; init; }
}
