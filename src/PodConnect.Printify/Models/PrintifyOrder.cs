namespace PodConnect.Printify.Models;

/// <summary>An order as Printify returns it (<c>GET /v1/shops/{shop_id}/orders/{id}.json</c> and the list). Money is in integer cents.</summary>
public sealed class PrintifyOrder
{
    /// <summary>Printify's id.</summary>
    public string? Id { get; set; }

    /// <summary>Our id as sent at creation (returned by the API per integrators; UNCONFIRMED in the published example).</summary>
    public string? ExternalId { get; set; }

    /// <summary>The label sent at creation (UNCONFIRMED that it is echoed here).</summary>
    public string? Label { get; set; }

    /// <summary>The status.</summary>
    public PrintifyOrderStatus? Status { get; set; }

    /// <summary>The recipient.</summary>
    public PrintifyAddress? AddressTo { get; set; }

    /// <summary>The lines.</summary>
    public IReadOnlyList<PrintifyLineItem>? LineItems { get; set; }

    /// <summary>Where the order came from.</summary>
    public PrintifyOrderMetadata? Metadata { get; set; }

    /// <summary>Total price in cents.</summary>
    public long? TotalPrice { get; set; }

    /// <summary>Total shipping in cents.</summary>
    public long? TotalShipping { get; set; }

    /// <summary>Total tax in cents.</summary>
    public long? TotalTax { get; set; }

    /// <summary>1 standard, 2 priority, 3 Printify Express, 4 economy.</summary>
    public int? ShippingMethod { get; set; }

    /// <summary>The parcels with carrier and tracking.</summary>
    public IReadOnlyList<PrintifyShipment>? Shipments { get; set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When it was sent to production.</summary>
    public DateTimeOffset? SentToProductionAt { get; set; }

    /// <summary>When it was fulfilled.</summary>
    public DateTimeOffset? FulfilledAt { get; set; }
}

/// <summary>A line of an order.</summary>
public sealed class PrintifyLineItem
{
    /// <summary>The product.</summary>
    public string? ProductId { get; set; }

    /// <summary>The variant.</summary>
    public long? VariantId { get; set; }

    /// <summary>The quantity.</summary>
    public int? Quantity { get; set; }

    /// <summary>The print provider that produces it.</summary>
    public long? PrintProviderId { get; set; }

    /// <summary>Cost in cents.</summary>
    public long? Cost { get; set; }

    /// <summary>Shipping cost in cents.</summary>
    public long? ShippingCost { get; set; }

    /// <summary>The line's status.</summary>
    public string? Status { get; set; }

    /// <summary>Title, SKU and the print provider's location (<c>country</c>).</summary>
    public PrintifyLineItemMetadata? Metadata { get; set; }
}

/// <summary>A line's metadata.</summary>
public sealed class PrintifyLineItemMetadata
{
    /// <summary>The product title.</summary>
    public string? Title { get; set; }

    /// <summary>The SKU.</summary>
    public string? Sku { get; set; }

    /// <summary>Where the print provider handling it is (a country name, e.g. <c>United States</c>).</summary>
    public string? Country { get; set; }
}

/// <summary>An order's metadata.</summary>
public sealed class PrintifyOrderMetadata
{
    /// <summary><c>external</c>, <c>manual</c>, <c>sample</c> or <c>api</c>.</summary>
    public string? OrderType { get; set; }

    /// <summary>The sales channel's order label.</summary>
    public string? ShopOrderLabel { get; set; }
}

/// <summary>A parcel.</summary>
public sealed class PrintifyShipment
{
    /// <summary>The carrier, e.g. <c>usps</c>.</summary>
    public string? Carrier { get; set; }

    /// <summary>The tracking number.</summary>
    public string? Number { get; set; }

    /// <summary>The tracking page.</summary>
    public string? Url { get; set; }

    /// <summary>When it was delivered.</summary>
    public DateTimeOffset? DeliveredAt { get; set; }
}
