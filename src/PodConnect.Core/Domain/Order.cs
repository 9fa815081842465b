namespace PodConnect.Domain;

/// <summary>
/// A marketplace order, normalized: what to make, where it goes, when it was placed and by when it
/// must be dispatched. Immutable; validated on construction.
/// </summary>
public sealed class Order
{
    /// <summary>Creates an order.</summary>
    /// <param name="id">The marketplace's order id (e.g. TikTok's), used as the external id everywhere.</param>
    /// <param name="createdAt">When the buyer placed it.</param>
    /// <param name="destination">Where it ships.</param>
    /// <param name="items">At least one line.</param>
    /// <param name="deadlines">The marketplace's deadlines, when known.</param>
    /// <param name="market">The marketplace country whose dispatch rule applies; defaults to the destination country.</param>
    /// <param name="recipient">Who receives it, when known.</param>
    /// <exception cref="ArgumentException">The id is empty, there are no items, or an item is null.</exception>
    public Order(
        string id,
        DateTimeOffset createdAt,
        Address destination,
        IReadOnlyList<OrderItem> items,
        OrderDeadlines? deadlines = null,
        CountryCode? market = null,
        Recipient? recipient = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            throw new ArgumentException($"Order '{id}' has no items.", nameof(items));
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                throw new ArgumentException($"Order '{id}' has a null item at index {i}.", nameof(items));
            }
        }

        Id = id;
        CreatedAt = createdAt;
        Destination = destination;
        Items = items;
        Deadlines = deadlines ?? OrderDeadlines.None;
        Market = market is { IsDefault: false } m ? m : destination.Country;
        Recipient = recipient;
    }

    /// <summary>The marketplace's order id.</summary>
    public string Id { get; }

    /// <summary>When the buyer placed the order.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>Where it ships.</summary>
    public Address Destination { get; }

    /// <summary>The lines.</summary>
    public IReadOnlyList<OrderItem> Items { get; }

    /// <summary>The marketplace's deadlines (may be <see cref="OrderDeadlines.None"/>).</summary>
    public OrderDeadlines Deadlines { get; }

    /// <summary>The marketplace country whose dispatch rule applies.</summary>
    public CountryCode Market { get; }

    /// <summary>Who receives it (personal data; redacted in <c>ToString</c>).</summary>
    public Recipient? Recipient { get; }

    /// <summary>Total units across lines.</summary>
    public int TotalUnits => Items.Sum(i => i.Quantity);

    /// <summary>E.g. <c>Order 5770… → GB-SCT (2 lines)</c>; no personal data.</summary>
    public override string ToString() => $"Order {Id} → {Destination} ({Items.Count} lines)";
}
