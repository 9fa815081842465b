namespace PodConnect.Providers;

/// <summary>One line of a provider order: a provider product in a quantity with its print files.</summary>
public sealed record PodOrderLine
{
    /// <summary>Creates a line.</summary>
    /// <param name="lineId">Our id for the line, unique within the order (becomes the provider's item reference).</param>
    /// <param name="productId">The provider's product: a Gelato <c>productUid</c>, a Printful catalog variant id…</param>
    /// <param name="quantity">At least 1.</param>
    /// <param name="files">The print files; may be empty for products that need none.</param>
    /// <exception cref="ArgumentException">An id is empty or the quantity is not positive.</exception>
    public PodOrderLine(string lineId, string productId, int quantity, IReadOnlyList<PodPrintFile>? files = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(lineId);
        ArgumentException.ThrowIfNullOrWhiteSpace(productId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        LineId = lineId;
        ProductId = productId;
        Quantity = quantity;
        Files = files ?? [];
    }

    /// <summary>Our id for the line, unique within the order.</summary>
    public string LineId { get; }

    /// <summary>The provider's product id.</summary>
    public string ProductId { get; }

    /// <summary>How many.</summary>
    public int Quantity { get; }

    /// <summary>The print files.</summary>
    public IReadOnlyList<PodPrintFile> Files { get; }

    /// <summary>The SKU the seller knows it by, shown on packing slips where the provider supports it.</summary>
    public string? Sku { get; init; }
}
