namespace PodConnect.Marketplaces;

/// <summary>One SKU of a marketplace order with the marketplace's line item ids behind it (TikTok lists one per unit).</summary>
/// <param name="Sku">The seller's SKU code, the catalogue key.</param>
/// <param name="Quantity">Units.</param>
/// <param name="LineItemIds">The marketplace's line item ids, needed to mark exactly these shipped.</param>
public sealed record MarketplaceLine(string Sku, int Quantity, IReadOnlyList<string> LineItemIds);
