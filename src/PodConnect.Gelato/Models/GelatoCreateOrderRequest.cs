namespace PodConnect.Gelato.Models;

/// <summary>The body of <c>POST /v4/orders</c>.</summary>
public sealed class GelatoCreateOrderRequest
{
    /// <summary><c>order</c> (default) or <c>draft</c>.</summary>
    public string OrderType { get; init; } = GelatoOrderTypes.Order;

    /// <summary>Our id for the order (the marketplace order id); required.</summary>
    public required string OrderReferenceId { get; init; }

    /// <summary>Our id for the customer; required.</summary>
    public required string CustomerReferenceId { get; init; }

    /// <summary>ISO 4217 billing currency.</summary>
    public string? Currency { get; init; }

    /// <summary>The items; at least one.</summary>
    public required IReadOnlyList<GelatoOrderItemRequest> Items { get; init; }

    /// <summary><c>normal</c>, <c>express</c> or a concrete uid from a quote; omitted = cheapest.</summary>
    public string? ShipmentMethodUid { get; init; }

    /// <summary>Where it goes.</summary>
    public required GelatoAddress ShippingAddress { get; init; }

    /// <summary>Up to 20 key/value pairs (≤ 100 chars each).</summary>
    public IReadOnlyList<GelatoMetadata>? Metadata { get; init; }
}

/// <summary>An item of a create-order or quote request.</summary>
public sealed class GelatoOrderItemRequest
{
    /// <summary>Our id for the item, unique within the order; required.</summary>
    public required string ItemReferenceId { get; init; }

    /// <summary>Gelato's product uid.</summary>
    public required string ProductUid { get; init; }

    /// <summary>Print files.</summary>
    public IReadOnlyList<GelatoFile>? Files { get; init; }

    /// <summary>At least 1.</summary>
    public required int Quantity { get; init; }

    /// <summary>Pages, for multipage products only.</summary>
    public int? PageCount { get; init; }
}

/// <summary>A metadata key/value pair.</summary>
public sealed class GelatoMetadata
{
    /// <summary>The key.</summary>
    public required string Key { get; init; }

    /// <summary>The value.</summary>
    public required string Value { get; init; }
}

/// <summary>The two <c>orderType</c> values.</summary>
public static class GelatoOrderTypes
{
    /// <summary>A real order, produced and charged.</summary>
    public const string Order = "order";

    /// <summary>A draft: never produced or charged until patched to <see cref="Order"/>.</summary>
    public const string Draft = "draft";
}
