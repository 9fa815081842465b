namespace PodConnect.Domain;

/// <summary>
/// The deadlines a marketplace states on an order, when it states them. For TikTok Shop these are
/// <c>rts_sla_time</c>, <c>shipping_due_time</c>, <c>collection_due_time</c> and <c>delivery_sla_time</c>.
/// </summary>
/// <param name="ReadyToShipBy">Latest instant to be ready to ship with valid tracking (TikTok <c>rts_sla_time</c>); the LDR deadline.</param>
/// <param name="ShippingDue">Latest instant before the order is auto-cancelled for not shipping (TikTok <c>shipping_due_time</c>).</param>
/// <param name="CollectionDue">Latest instant for the carrier to collect (TikTok <c>collection_due_time</c>).</param>
/// <param name="DeliverBy">Latest delivery instant promised to the buyer (TikTok <c>delivery_sla_time</c>).</param>
public sealed record OrderDeadlines(
    DateTimeOffset? ReadyToShipBy = null,
    DateTimeOffset? ShippingDue = null,
    DateTimeOffset? CollectionDue = null,
    DateTimeOffset? DeliverBy = null)
{
    /// <summary>No deadlines known.</summary>
    public static OrderDeadlines None { get; } = new();
}
