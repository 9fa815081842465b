namespace PodConnect.Printful.Models;

/// <summary>
/// v2 <c>GET /v2/catalog-variants/{id}/availability</c> (schema <c>VariantStockAvailability</c>): a catalog variant's
/// stock per technique and selling region.
/// </summary>
public sealed class PrintfulVariantAvailability
{
    /// <summary><c>catalog_variant_id</c>.</summary>
    public long? CatalogVariantId { get; init; }

    /// <summary><c>techniques</c>: the stock per print technique.</summary>
    public IReadOnlyList<PrintfulTechniqueAvailability?>? Techniques { get; init; }
}

/// <summary>One technique's stock per selling region (schema <c>TechniqueStockAvailability</c>).</summary>
public sealed class PrintfulTechniqueAvailability
{
    /// <summary><c>technique</c>, e.g. <c>dtg</c>, <c>embroidery</c>.</summary>
    public string? Technique { get; init; }

    /// <summary><c>selling_regions</c>.</summary>
    public IReadOnlyList<PrintfulSellingRegionAvailability?>? SellingRegions { get; init; }
}

/// <summary>The stock in one selling region (schema <c>SellingRegionStockAvailability</c>).</summary>
public sealed class PrintfulSellingRegionAvailability
{
    /// <summary><c>name</c>: <c>worldwide</c>, <c>europe</c>, <c>uk</c>, <c>latvia</c>, <c>spain</c>, … (Printful may add more).</summary>
    public string? Name { get; init; }

    /// <summary><c>availability</c>: <c>in stock</c>, <c>out of stock</c>, <c>not fulfillable</c> or <c>unknown</c> (Printful may add more).</summary>
    public string? Availability { get; init; }
}
