namespace PodConnect.Providers;

/// <summary>
/// A provider webhook, verified and normalized. Treat it as a hint: re-read the order before acting,
/// move statuses only forward, and merge tracking by shipment id (providers resend and reorder events).
/// </summary>
/// <param name="Provider">The provider's name.</param>
/// <param name="EventType">The provider's event type, verbatim (e.g. <c>order_status_updated</c>, <c>package_shipped</c>).</param>
/// <param name="Kind">What the event is about.</param>
/// <param name="DeduplicationKey">A key that is the same for redeliveries of the same event (the provider's event id, or one built from its fields).</param>
public sealed record PodWebhookEvent(string Provider, string EventType, PodWebhookEventKind Kind, string DeduplicationKey)
{
    /// <summary>The provider's order id, when the event names one.</summary>
    public string? ProviderOrderId { get; init; }

    /// <summary>Our external id, when the event carries it.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The normalized status the event reports, when it reports one.</summary>
    public PodOrderStatus? Status { get; init; }

    /// <summary>The provider's status, verbatim, when the event reports one.</summary>
    public string? RawStatus { get; init; }

    /// <summary>Parcels (with tracking) the event reports.</summary>
    public IReadOnlyList<PodShipment> Shipments { get; init; } = [];

    /// <summary>When the event happened, when the provider says.</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>The provider's reason text (failure, hold, cancellation), when given.</summary>
    public string? Reason { get; init; }

    /// <summary>A revised delivery window, for <see cref="PodWebhookEventKind.DeliveryEstimateUpdated"/>.</summary>
    public (DateOnly? Min, DateOnly? Max) DeliveryEstimate { get; init; }

    /// <summary>Products whose stock changed, for <see cref="PodWebhookEventKind.StockChanged"/>.</summary>
    public IReadOnlyList<PodStockChange> StockChanges { get; init; } = [];
}
