using PodConnect.Domain;

namespace PodConnect.Catalog;

/// <summary>One SKU of the shop: what it is physically (for routing) and what each provider makes for it.</summary>
/// <param name="Sku">The seller's SKU code, as the marketplace reports it.</param>
/// <param name="Kind">The product kind routing uses.</param>
/// <param name="Providers">Provider name (e.g. <c>gelato</c>) → that provider's product; only these providers can make it.</param>
public sealed record CatalogEntry(string Sku, ProductKind Kind, IReadOnlyDictionary<string, CatalogProduct> Providers);
