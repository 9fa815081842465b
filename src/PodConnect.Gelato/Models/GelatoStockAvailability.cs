namespace PodConnect.Gelato.Models;

/// <summary>The body of Product API v3 <c>POST /v3/stock/region-availability</c>: <c>{"products":["productUid",…]}</c>.</summary>
public sealed class GelatoStockAvailabilityRequest
{
    /// <summary><c>products</c>: the product UIDs to ask about.</summary>
    public required IReadOnlyList<string> Products { get; init; }
}

/// <summary>The answer of <c>POST /v3/stock/region-availability</c>: <c>{"productsAvailability":[…]}</c>.</summary>
public sealed class GelatoStockAvailabilityResponse
{
    /// <summary><c>productsAvailability</c>: one entry per product asked about.</summary>
    public IReadOnlyList<GelatoProductAvailability?>? ProductsAvailability { get; init; }
}

/// <summary>One product's stock per Gelato stock region.</summary>
public sealed class GelatoProductAvailability
{
    /// <summary><c>productUid</c>.</summary>
    public string? ProductUid { get; init; }

    /// <summary><c>availability</c>: per stock region.</summary>
    public IReadOnlyList<GelatoRegionAvailability?>? Availability { get; init; }
}

/// <summary>A product's stock in one Gelato stock region.</summary>
public sealed class GelatoRegionAvailability
{
    /// <summary><c>stockRegionUid</c>: seen <c>US-CA</c>, <c>EU</c>, <c>UK</c>, <c>OC</c>, <c>AS</c>, <c>SA</c>, <c>ROW</c> (Gelato may add more).</summary>
    public string? StockRegionUid { get; init; }

    /// <summary>
    /// <c>status</c>: <c>in-stock</c>, <c>out-of-stock-replenishable</c>, <c>out-of-stock</c>, <c>non-stockable</c> or
    /// <c>not-supported</c> (Gelato may add more).
    /// </summary>
    public string? Status { get; init; }

    /// <summary><c>replenishmentDate</c>, verbatim (its format is UNCONFIRMED), for <c>out-of-stock-replenishable</c>.</summary>
    public string? ReplenishmentDate { get; init; }
}
