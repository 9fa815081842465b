namespace PodConnect.Domain;

/// <summary>One product line of an order: a SKU in a quantity.</summary>
public sealed class OrderItem
{
    /// <summary>Creates a line.</summary>
    /// <exception cref="ArgumentException">The SKU is empty, the kind uninitialized, or the quantity not positive.</exception>
    public OrderItem(string sku, ProductKind kind, int quantity, IReadOnlyList<string>? lineItemIds = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        if (kind == default)
        {
            throw new ArgumentException($"Item '{sku}' needs a product kind.", nameof(kind));
        }

        if (quantity <= 0)
        {
            throw new ArgumentException($"Item '{sku}' has quantity {quantity}; it must be at least 1.", nameof(quantity));
        }

        Sku = sku;
        Kind = kind;
        Quantity = quantity;
        LineItemIds = lineItemIds ?? [];
    }

    /// <summary>The seller's SKU.</summary>
    public string Sku { get; }

    /// <summary>What it is physically.</summary>
    public ProductKind Kind { get; }

    /// <summary>How many units.</summary>
    public int Quantity { get; }

    /// <summary>The marketplace's line item ids behind this line (TikTok has one per unit), needed to mark them shipped.</summary>
    public IReadOnlyList<string> LineItemIds { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Quantity} × {Sku} ({Kind})";
}
