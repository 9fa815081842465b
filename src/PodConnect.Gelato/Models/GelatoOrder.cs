namespace PodConnect.Gelato.Models;

/// <summary>An order as <c>GET /v4/orders/{id}</c> (and create) returns it.</summary>
public sealed class GelatoOrder
{
    /// <summary>Gelato's id (a UUID).</summary>
    public string? Id { get; init; }

    /// <summary><c>order</c> or <c>draft</c>.</summary>
    public string? OrderType { get; init; }

    /// <summary>Our order id.</summary>
    public string? OrderReferenceId { get; init; }

    /// <summary>Our customer id.</summary>
    public string? CustomerReferenceId { get; init; }

    /// <summary>The order's fulfillment status.</summary>
    public GelatoFulfillmentStatus? FulfillmentStatus { get; init; }

    /// <summary>The financial status (<c>draft</c>, <c>pending</c>, <c>paid</c>…), verbatim.</summary>
    public string? FinancialStatus { get; init; }

    /// <summary>Currency.</summary>
    public string? Currency { get; init; }

    /// <summary><c>ui</c>, <c>api</c>, <c>shopify</c>…</summary>
    public string? Channel { get; init; }

    /// <summary>The e-commerce store, null for API orders.</summary>
    public string? StoreId { get; init; }

    /// <summary>Created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The items.</summary>
    public IReadOnlyList<GelatoOrderItem>? Items { get; init; }

    /// <summary>The shipment, once planned.</summary>
    public GelatoShipment? Shipment { get; init; }

    /// <summary>Where it goes.</summary>
    public GelatoAddress? ShippingAddress { get; init; }

    /// <summary>Orders Gelato split this one into (items needing different hubs).</summary>
    public IReadOnlyList<string>? ConnectedOrderIds { get; init; }

    /// <summary>What Gelato charged (and refunded): one receipt per transaction.</summary>
    public IReadOnlyList<GelatoReceipt>? Receipts { get; init; }
}

/// <summary>A receipt of an order: the totals of one transaction (<c>purchase</c>, or a refund).</summary>
public sealed class GelatoReceipt
{
    /// <summary>The receipt's id.</summary>
    public string? Id { get; init; }

    /// <summary><c>purchase</c> or <c>refund</c>, verbatim.</summary>
    public string? TransactionType { get; init; }

    /// <summary>Currency.</summary>
    public string? Currency { get; init; }

    /// <summary>Products, packaging and shipping, before VAT.</summary>
    public decimal? Total { get; init; }

    /// <summary>The VAT on <see cref="Total"/>.</summary>
    public decimal? TotalVat { get; init; }

    /// <summary>What was charged, VAT included.</summary>
    public decimal? TotalInclVat { get; init; }

    /// <summary>The products' share, before VAT.</summary>
    public decimal? ProductsPrice { get; init; }

    /// <summary>The shipping's share, before VAT.</summary>
    public decimal? ShippingPrice { get; init; }
}

/// <summary>An item of an order.</summary>
public sealed class GelatoOrderItem
{
    /// <summary>Gelato's item id.</summary>
    public string? Id { get; init; }

    /// <summary>Our item id.</summary>
    public string? ItemReferenceId { get; init; }

    /// <summary>The product.</summary>
    public string? ProductUid { get; init; }

    /// <summary>Quantity.</summary>
    public int? Quantity { get; init; }

    /// <summary>The item's own status.</summary>
    public GelatoFulfillmentStatus? FulfillmentStatus { get; init; }

    /// <summary>The files.</summary>
    public IReadOnlyList<GelatoFile>? Files { get; init; }
}

/// <summary>An order's shipment: the method and the packages with tracking.</summary>
public sealed class GelatoShipment
{
    /// <summary>Id.</summary>
    public string? Id { get; init; }

    /// <summary>The method's name, e.g. <c>DHL Parcel</c> (Gelato has no separate carrier field).</summary>
    public string? ShipmentMethodName { get; init; }

    /// <summary>The method's uid, e.g. <c>dhl_parcel</c>.</summary>
    public string? ShipmentMethodUid { get; init; }

    /// <summary>Fewest days to delivery.</summary>
    public int? MinDeliveryDays { get; init; }

    /// <summary>Most days to delivery.</summary>
    public int? MaxDeliveryDays { get; init; }

    /// <summary>Earliest delivery date (text or epoch on the wire).</summary>
    public DateOnly? MinDeliveryDate { get; init; }

    /// <summary>Latest delivery date (text or epoch on the wire).</summary>
    public DateOnly? MaxDeliveryDate { get; init; }

    /// <summary>The producing hub's country.</summary>
    public string? FulfillmentCountry { get; init; }

    /// <summary>The parcels.</summary>
    public IReadOnlyList<GelatoPackage>? Packages { get; init; }
}

/// <summary>A parcel with its tracking.</summary>
public sealed class GelatoPackage
{
    /// <summary>Id.</summary>
    public string? Id { get; init; }

    /// <summary>Gelato item ids in it.</summary>
    public IReadOnlyList<string>? OrderItemIds { get; init; }

    /// <summary>The tracking number.</summary>
    public string? TrackingCode { get; init; }

    /// <summary>The tracking page.</summary>
    public string? TrackingUrl { get; init; }
}
