using PodConnect.Providers;

namespace PodConnect.Catalog;

/// <summary>What one provider makes for a SKU: its product or variant id and the print files.</summary>
/// <param name="ProductId">The provider's product: a Gelato <c>productUid</c>, a Printful catalog variant id…</param>
/// <param name="Files">The print files, by placement.</param>
public sealed record CatalogProduct(string ProductId, IReadOnlyList<PodPrintFile> Files);
