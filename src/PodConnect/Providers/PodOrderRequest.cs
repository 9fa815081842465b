using PodConnect.Domain;

namespace PodConnect.Providers;

/// <summary>
/// An order to quote or place at a provider, in provider-neutral terms. The provider package maps
/// it onto its own request (Gelato <c>orderReferenceId</c>, Printful <c>external_id</c>…).
/// </summary>
public sealed record PodOrderRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="externalId">Our id for the order (the marketplace order id); the idempotency key.</param>
    /// <param name="shipTo">Where it goes.</param>
    /// <param name="recipient">Who receives it.</param>
    /// <param name="lines">At least one line.</param>
    /// <exception cref="ArgumentException">The id is empty or there are no lines.</exception>
    public PodOrderRequest(string externalId, Address shipTo, Recipient recipient, IReadOnlyList<PodOrderLine> lines)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        ArgumentNullException.ThrowIfNull(shipTo);
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            throw new ArgumentException($"Order '{externalId}' has no lines.", nameof(lines));
        }

        ExternalId = externalId;
        ShipTo = shipTo;
        Recipient = recipient;
        Lines = lines;
    }

    /// <summary>
    /// Builds the request for a marketplace order: its id becomes the external id (the idempotency key),
    /// its destination and recipient are copied, and <paramref name="lineFor"/> turns each item into the
    /// provider's product and print files (the seller's catalog knows them; the marketplace does not).
    /// </summary>
    /// <param name="order">The marketplace order.</param>
    /// <param name="lineFor">Maps an item to a provider line (use <see cref="OrderItem.Sku"/> to look up the product).</param>
    /// <exception cref="ArgumentException">The order has no recipient: providers need a name to ship to.</exception>
    public static PodOrderRequest FromOrder(Order order, Func<OrderItem, PodOrderLine> lineFor)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(lineFor);
        var recipient = order.Recipient
            ?? throw new ArgumentException($"Order '{order.Id}' has no recipient; a provider needs a name to ship to.", nameof(order));
        return new PodOrderRequest(order.Id, order.Destination, recipient, [.. order.Items.Select(lineFor)]);
    }

    /// <summary>Our id for the order (the marketplace order id); the idempotency key.</summary>
    public string ExternalId { get; }

    /// <summary>Where it goes.</summary>
    public Address ShipTo { get; }

    /// <summary>Who receives it (personal data; redacted in <c>ToString</c>).</summary>
    public Recipient Recipient { get; }

    /// <summary>The lines.</summary>
    public IReadOnlyList<PodOrderLine> Lines { get; }

    /// <summary>The provider's shipping method id (from a quote); <see langword="null"/> lets the provider choose.</summary>
    public string? ShippingMethod { get; init; }

    /// <summary>The currency to be billed or quoted in (ISO 4217), when the provider lets us choose.</summary>
    public string? Currency { get; init; }

    /// <summary>
    /// When <see langword="true"/>, the order is created as a draft that is neither produced nor charged
    /// until confirmed. Default <see langword="false"/>: placed for production.
    /// </summary>
    public bool AsDraft { get; init; }
}
