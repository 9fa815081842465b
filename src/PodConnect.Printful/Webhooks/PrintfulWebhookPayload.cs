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
