namespace PodConnect.Gelato.Models;

/// <summary>The body of <c>POST /v4/orders:quote</c>.</summary>
public sealed class GelatoQuoteRequest
{
    /// <summary>Our order id.</summary>
    public required string OrderReferenceId { get; init; }

    /// <summary>Our customer id.</summary>
    public required string CustomerReferenceId { get; init; }

    /// <summary>Currency to quote in.</summary>
    public string? Currency { get; init; }

    /// <summary>Whether Gelato may split the items into several quotes (several hubs).</summary>
    public bool AllowMultipleQuotes { get; init; }

    /// <summary>Where it would go.</summary>
    public required GelatoAddress Recipient { get; init; }

    /// <summary>What would be made.</summary>
    public required IReadOnlyList<GelatoOrderItemRequest> Products { get; init; }
}

/// <summary>The response of <c>POST /v4/orders:quote</c>.</summary>
public sealed class GelatoQuoteResponse
{
    /// <summary>Our order id, echoed.</summary>
    public string? OrderReferenceId { get; init; }

    /// <summary>One quote per producing hub.</summary>
    public IReadOnlyList<GelatoQuote>? Quotes { get; init; }
}

/// <summary>A quote for the items one hub would produce.</summary>
public sealed class GelatoQuote
{
    /// <summary>Id.</summary>
    public string? Id { get; init; }

    /// <summary>Our item ids covered.</summary>
    public IReadOnlyList<string>? ItemReferenceIds { get; init; }

    /// <summary>The producing hub's ISO country.</summary>
    public string? FulfillmentCountry { get; init; }

    /// <summary>The shipping methods on offer.</summary>
    public IReadOnlyList<GelatoQuotedShipmentMethod>? ShipmentMethods { get; init; }

    /// <summary>The product prices.</summary>
    public IReadOnlyList<GelatoQuotedProduct>? Products { get; init; }
}

/// <summary>A shipping method of a quote.</summary>
public sealed class GelatoQuotedShipmentMethod
{
    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>The uid to pass as <c>shipmentMethodUid</c>.</summary>
    public string? ShipmentMethodUid { get; init; }

    /// <summary>Price (a JSON number).</summary>
    public decimal? Price { get; init; }

    /// <summary>Currency.</summary>
    public string? Currency { get; init; }

    /// <summary>Fewest days to delivery.</summary>
    public int? MinDeliveryDays { get; init; }

    /// <summary>Most days to delivery.</summary>
    public int? MaxDeliveryDays { get; init; }

    /// <summary>Earliest delivery date (YYYY-MM-DD in v4, epoch in v3).</summary>
    public DateOnly? MinDeliveryDate { get; init; }

    /// <summary>Latest delivery date.</summary>
    public DateOnly? MaxDeliveryDate { get; init; }

    /// <summary><c>normal</c>, <c>express</c> or <c>pallet</c>.</summary>
    public string? Type { get; init; }
}

/// <summary>A product price of a quote.</summary>
public sealed class GelatoQuotedProduct
{
    /// <summary>Our item id.</summary>
    public string? ItemReferenceId { get; init; }

    /// <summary>The product.</summary>
    public string? ProductUid { get; init; }

    /// <summary>Quantity.</summary>
    public int? Quantity { get; init; }

    /// <summary>Price for the quantity (a JSON number).</summary>
    public decimal? Price { get; init; }

    /// <summary>Currency.</summary>
    public string? Currency { get; init; }
}
