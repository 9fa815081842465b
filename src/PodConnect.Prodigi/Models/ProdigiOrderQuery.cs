namespace PodConnect.Prodigi.Models;

/// <summary>Filters of <c>GET /v4.0/Orders</c>; all optional. Results come newest first.</summary>
public sealed class ProdigiOrderQuery
{
    /// <summary>Only orders with these merchant references.</summary>
    public IReadOnlyList<string>? MerchantReferences { get; init; }

    /// <summary>Only these Prodigi ids.</summary>
    public IReadOnlyList<string>? OrderIds { get; init; }

    /// <summary>Only this status: <c>draft</c>, <c>awaitingPayment</c>, <c>inProgress</c>, <c>complete</c>, <c>cancelled</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Only orders created after this instant.</summary>
    public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Only orders created before this instant.</summary>
    public DateTimeOffset? CreatedTo { get; init; }

    /// <summary>Orders per page, 1–100. Default 100 (fewest calls).</summary>
    public int PageSize { get; init; } = 100;
}
