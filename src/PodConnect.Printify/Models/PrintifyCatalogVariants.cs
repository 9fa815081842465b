namespace PodConnect.Printify.Models;

/// <summary>
/// <c>GET /v1/catalog/blueprints/{blueprint_id}/print_providers/{print_provider_id}/variants.json</c>: the variants one
/// print provider makes of a blueprint. Without <c>show-out-of-stock=1</c> Printify lists only the variants in stock.
/// </summary>
public sealed class PrintifyCatalogVariants
{
    /// <summary><c>id</c>: the print provider.</summary>
    public long? Id { get; init; }

    /// <summary><c>title</c>.</summary>
    public string? Title { get; init; }

    /// <summary><c>variants</c>.</summary>
    public IReadOnlyList<PrintifyCatalogVariant?>? Variants { get; init; }
}

/// <summary>One catalog variant (a size and colour of a blueprint at a print provider).</summary>
public sealed class PrintifyCatalogVariant
{
    /// <summary><c>id</c>: the catalog variant id used in orders.</summary>
    public long? Id { get; init; }

    /// <summary><c>title</c>, e.g. <c>Black / M</c>.</summary>
    public string? Title { get; init; }

    /// <summary><c>is_available</c>, when Printify sends it (not documented for catalog variants: UNCONFIRMED); <see langword="false"/> counts as out of stock.</summary>
    public bool? IsAvailable { get; init; }
}
