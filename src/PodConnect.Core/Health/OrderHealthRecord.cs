using PodConnect.Domain;

namespace PodConnect.Health;

/// <summary>
/// What one order contributes to the shop's health: TikTok's deadlines and timestamps for it, and what the
/// loop predicted. Every field but the ids and <see cref="CreatedAt"/> is optional: a record grows as the
/// order moves (see <see cref="Merge"/>), and a store keeps one per order. No personal data.
/// </summary>
/// <param name="ShopId">The marketplace shop.</param>
/// <param name="OrderId">The marketplace order id.</param>
/// <param name="CreatedAt">When the order was created (paid): the SFCR window counts orders by this instant.</param>
public sealed record OrderHealthRecord(string ShopId, string OrderId, DateTimeOffset CreatedAt)
{
    /// <summary>The market whose rules apply (the shop's country), when known.</summary>
    public CountryCode? Market { get; init; }

    /// <summary>The ready-to-ship deadline (TikTok <c>rts_sla_time</c>): the LDR deadline.</summary>
    public DateTimeOffset? DispatchBy { get; init; }

    /// <summary>When it was marked shipped with tracking (TikTok <c>rts_time</c>): the LDR and VTR instant.</summary>
    public DateTimeOffset? DispatchedAt { get; init; }

    /// <summary>The first carrier scan (TikTok <c>collection_time</c>, status <c>IN_TRANSIT</c>): proof the tracking is valid.</summary>
    public DateTimeOffset? CollectedAt { get; init; }

    /// <summary>The delivery deadline (TikTok <c>delivery_sla_time</c>, UK/EU seller-shipped orders): the OTDR deadline.</summary>
    public DateTimeOffset? DeliverBy { get; init; }

    /// <summary>When it was delivered (TikTok <c>delivery_time</c>): the OTDR instant.</summary>
    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>The instant TikTok auto-cancels it if not shipped (TikTok <c>shipping_due_time</c>); such a cancellation is the seller's fault.</summary>
    public DateTimeOffset? ShippingDue { get; init; }

    /// <summary>When it was cancelled (TikTok <c>cancel_time</c>).</summary>
    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary>Whether the cancellation counts against the seller (see <see cref="CancellationFault"/>); meaningful with <see cref="CancelledAt"/>.</summary>
    public bool? SellerFault { get; init; }

    /// <summary>When the loop predicts it will be marked shipped (from routing), while it is not.</summary>
    public DateTimeOffset? PredictedDispatch { get; init; }

    /// <summary>When the loop predicts it will be delivered (from routing), while it is not.</summary>
    public DateTimeOffset? PredictedDelivery { get; init; }

    /// <summary>
    /// This record with every field <paramref name="newer"/> knows replacing this one's, and the rest kept:
    /// the merge a store applies, so a partial update (a prediction, a delivery) never erases what is known.
    /// </summary>
    /// <exception cref="ArgumentException">The records are of different orders.</exception>
    public OrderHealthRecord Merge(OrderHealthRecord newer)
    {
        ArgumentNullException.ThrowIfNull(newer);
        if (!string.Equals(ShopId, newer.ShopId, StringComparison.Ordinal) || !string.Equals(OrderId, newer.OrderId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Cannot merge order {newer.OrderId} of shop {newer.ShopId} into order {OrderId} of shop {ShopId}.", nameof(newer));
        }

        return new OrderHealthRecord(ShopId, OrderId, newer.CreatedAt)
        {
            Market = newer.Market ?? Market,
            DispatchBy = newer.DispatchBy ?? DispatchBy,
            DispatchedAt = newer.DispatchedAt ?? DispatchedAt,
            CollectedAt = newer.CollectedAt ?? CollectedAt,
            DeliverBy = newer.DeliverBy ?? DeliverBy,
            DeliveredAt = newer.DeliveredAt ?? DeliveredAt,
            ShippingDue = newer.ShippingDue ?? ShippingDue,
            CancelledAt = newer.CancelledAt ?? CancelledAt,
            SellerFault = newer.SellerFault ?? SellerFault,
            PredictedDispatch = newer.PredictedDispatch ?? PredictedDispatch,
            PredictedDelivery = newer.PredictedDelivery ?? PredictedDelivery,
        };
    }
}
