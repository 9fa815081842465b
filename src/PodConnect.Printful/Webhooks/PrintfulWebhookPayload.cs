using PodConnect.Printful.Models;

namespace PodConnect.Printful.Webhooks;

/// <summary>
/// A Printful webhook body, v1 (<c>created</c>, <c>store</c>) or v2 (<c>occurred_at</c>, <c>store_id</c>).
/// The order events share one tolerant shape; fields an event does not carry stay <see langword="null"/>.
/// </summary>
internal sealed class PrintfulWebhookPayload
{
    /// <summary>The event type, e.g. <c>package_shipped</c> (v1) or <c>shipment_sent</c> (v2).</summary>
    public string? Type { get; init; }

    /// <summary>v1: when the event happened (UNIX seconds).</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>v2: when the event happened (ISO-8601).</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>Previous delivery attempts.</summary>
    public int? Retries { get; init; }

    /// <summary>v1: the store.</summary>
    public long? Store { get; init; }

    /// <summary>v2: the store.</summary>
    public long? StoreId { get; init; }

    /// <summary>The event data.</summary>
    public PrintfulWebhookData? Data { get; init; }

    /// <summary>Whether this is a v2 event.</summary>
    public bool IsV2 => OccurredAt is not null || StoreId is not null;
}

/// <summary>The data of an order or shipment event.</summary>
internal sealed class PrintfulWebhookData
{
    /// <summary>Why (failure, hold, cancellation, return).</summary>
    public string? Reason { get; init; }

    /// <summary>The parcel (shipment events).</summary>
    public PrintfulShipment? Shipment { get; init; }

    /// <summary>The order.</summary>
    public PrintfulWebhookOrder? Order { get; init; }
}

/// <summary>The order in an event (v1 sends the full order, v2 a summary).</summary>
internal sealed class PrintfulWebhookOrder
{
    /// <summary>Printful's id.</summary>
    public long? Id { get; init; }

    /// <summary>Our order id.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The status.</summary>
    public PrintfulOrderStatus? Status { get; init; }
}

/// <summary>Just the event type, read first: <c>catalog_stock_updated</c> carries an array as its data.</summary>
internal sealed class PrintfulWebhookHead
{
    /// <summary>The event type.</summary>
    public string? Type { get; init; }
}

/// <summary>A v2 <c>catalog_stock_updated</c> event: the catalog variants whose availability changed.</summary>
internal sealed class PrintfulStockWebhookPayload
{
    /// <summary>When the event happened.</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>The changed availabilities.</summary>
    public IReadOnlyList<PrintfulStockChangeData?>? Data { get; init; }
}

/// <summary>One changed availability: a catalog variant, for some techniques.</summary>
internal sealed class PrintfulStockChangeData
{
    /// <summary>The catalog product.</summary>
    public long? CatalogProductId { get; init; }

    /// <summary>The catalog variant (what the catalogue names as the Printful product).</summary>
    public long? CatalogVariantId { get; init; }

    /// <summary>The techniques it applies to.</summary>
    public IReadOnlyList<string?>? Techniques { get; init; }

    /// <summary><c>in stock</c>, <c>on demand</c>, <c>out of stock</c>, <c>not fulfilled</c>, <c>discontinued</c> or <c>unknown</c>.</summary>
    public string? Availability { get; init; }
}
