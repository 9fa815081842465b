using PodConnect.Domain;

namespace PodConnect.Marketplaces;

/// <summary>A marketplace order as fulfilment needs it: status, lines, destination, deadlines.</summary>
public sealed record MarketplaceOrder
{
    /// <summary>Creates an order.</summary>
    /// <exception cref="ArgumentException">An id is empty or a required part is missing.</exception>
    public MarketplaceOrder(MarketplaceOrderRef reference, MarketplaceOrderStatus status, string rawStatus, DateTimeOffset createdAt, Address shipTo, IReadOnlyList<MarketplaceLine> lines)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference.ShopId, nameof(reference));
        ArgumentException.ThrowIfNullOrWhiteSpace(reference.OrderId, nameof(reference));
        ArgumentNullException.ThrowIfNull(rawStatus);
        ArgumentNullException.ThrowIfNull(shipTo);
        ArgumentNullException.ThrowIfNull(lines);
        Reference = reference;
        Status = status;
        RawStatus = rawStatus;
        CreatedAt = createdAt;
        ShipTo = shipTo;
        Lines = lines;
    }

    /// <summary>Shop and order id.</summary>
    public MarketplaceOrderRef Reference { get; }

    /// <summary>The order id.</summary>
    public string Id => Reference.OrderId;

    /// <summary>The normalized status (settable with <c>with</c>, so an order's next state is a copy that changes only what changed).</summary>
    public MarketplaceOrderStatus Status { get; init; }

    /// <summary>The marketplace's status, verbatim.</summary>
    public string RawStatus
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value), "The raw status is required (empty when the marketplace gave none).");
    }

    /// <summary>When the buyer placed (paid for) it.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>When the marketplace last changed it, when it says.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>When it was marked shipped on the marketplace, when it says (TikTok <c>rts_time</c>).</summary>
    public DateTimeOffset? ShippedAt { get; init; }

    /// <summary>The first carrier scan, when the marketplace says (TikTok <c>collection_time</c>, status <c>IN_TRANSIT</c>): proof the tracking is valid.</summary>
    public DateTimeOffset? CollectedAt { get; init; }

    /// <summary>When it was delivered, when the marketplace says (TikTok <c>delivery_time</c>).</summary>
    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>When it was cancelled, when the marketplace says (TikTok <c>cancel_time</c>).</summary>
    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary>Who cancelled it, verbatim (TikTok <c>cancellation_initiator</c>: <c>SELLER</c>, <c>BUYER</c>, <c>SYSTEM</c>).</summary>
    public string? CancellationInitiator { get; init; }

    /// <summary>Why it was cancelled, verbatim (TikTok <c>cancel_reason</c>).</summary>
    public string? CancelReason { get; init; }

    /// <summary>Where it ships.</summary>
    public Address ShipTo { get; }

    /// <summary>Who receives it (personal data), when the marketplace shares it.</summary>
    public Recipient? Recipient { get; init; }

    /// <summary>The SKUs ordered.</summary>
    public IReadOnlyList<MarketplaceLine> Lines { get; }

    /// <summary>The marketplace's deadlines.</summary>
    public OrderDeadlines Deadlines { get; init; } = OrderDeadlines.None;

    /// <summary>The marketplace country whose dispatch rule applies, when it differs from the destination.</summary>
    public CountryCode? Market { get; init; }

    /// <summary>Whether the buyer asked to cancel and the request is pending: ship nothing until it is decided.</summary>
    public bool CancellationRequested { get; init; }

    /// <summary>Whether the marketplace itself holds the order (e.g. TikTok's on-hold flag) beyond <see cref="Status"/>.</summary>
    public bool OnHold { get; init; }

    /// <summary>Total units.</summary>
    public int TotalUnits => Lines.Sum(l => l.Quantity);

    /// <summary>No personal data.</summary>
    public override string ToString() => $"Order {Reference} {Status} ({RawStatus}) → {ShipTo}";
}
