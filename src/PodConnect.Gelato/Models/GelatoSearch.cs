namespace PodConnect.Gelato.Models;

/// <summary>The body of <c>POST /v4/orders:search</c> (a POST, although it only reads).</summary>
public sealed class GelatoSearchOrdersRequest
{
    /// <summary>Gelato ids.</summary>
    public IReadOnlyList<string>? Ids { get; init; }

    /// <summary>Our order ids.</summary>
    public IReadOnlyList<string>? OrderReferenceIds { get; init; }

    /// <summary><c>order</c> and/or <c>draft</c>.</summary>
    public IReadOnlyList<string>? OrderTypes { get; init; }

    /// <summary>Page size.</summary>
    public int? Limit { get; init; }

    /// <summary>Page offset.</summary>
    public int? Offset { get; init; }
}

/// <summary>The response of <c>POST /v4/orders:search</c>.</summary>
public sealed class GelatoSearchOrdersResponse
{
    /// <summary>The matching orders (summaries).</summary>
    public IReadOnlyList<GelatoOrderSummary>? Orders { get; init; }
}

/// <summary>An order as search lists it.</summary>
public sealed class GelatoOrderSummary
{
    /// <summary>Gelato's id.</summary>
    public string? Id { get; init; }

    /// <summary>Our order id.</summary>
    public string? OrderReferenceId { get; init; }

    /// <summary><c>order</c> or <c>draft</c>.</summary>
    public string? OrderType { get; init; }

    /// <summary>Status.</summary>
    public GelatoFulfillmentStatus? FulfillmentStatus { get; init; }

    /// <summary>Created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}
