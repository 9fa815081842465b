namespace PodConnect.Printful.Models;

/// <summary>The body of v1 <c>POST /orders</c> and <c>POST /orders/estimate-costs</c> (schema <c>Order</c>, writable fields).</summary>
public sealed class PrintfulOrderRequest
{
    /// <summary>Our order id: ≤ 32 characters of <c>[0-9A-Za-z_-]</c>, unique per store; the idempotency key.</summary>
    public string? ExternalId { get; init; }

    /// <summary>A shipping method id from shipping rates (default <c>STANDARD</c>).</summary>
    public string? Shipping { get; init; }

    /// <summary>Where it goes.</summary>
    public required PrintfulAddress Recipient { get; init; }

    /// <summary>The items.</summary>
    public required IReadOnlyList<PrintfulItemRequest> Items { get; init; }
}

/// <summary>An order item: a catalog variant with files, or a store (sync) variant.</summary>
public sealed class PrintfulItemRequest
{
    /// <summary>Our line id, unique within the order.</summary>
    public string? ExternalId { get; init; }

    /// <summary>A catalog variant id (with <see cref="Files"/>).</summary>
    public long? VariantId { get; init; }

    /// <summary>A store (sync) variant id.</summary>
    public long? SyncVariantId { get; init; }

    /// <summary>A store variant's external id.</summary>
    public string? ExternalVariantId { get; init; }

    /// <summary>How many (≤ 1000).</summary>
    public required int Quantity { get; init; }

    /// <summary>The seller's SKU.</summary>
    public string? Sku { get; init; }

    /// <summary>The print files.</summary>
    public IReadOnlyList<PrintfulFileRequest>? Files { get; init; }
}

/// <summary>A print file by URL.</summary>
public sealed class PrintfulFileRequest
{
    /// <summary>The placement, e.g. <c>default</c>, <c>front</c>, <c>back</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Where Printful downloads it.</summary>
    public required string Url { get; init; }
}
