namespace PodConnect.Catalog;

/// <summary>
/// A catalogue (JSON file or code) is invalid. The message names the SKU and the field, e.g.
/// <c>catalogue entry 'TEE-BLK-M' (products[3]): kind is missing.</c>
/// </summary>
public sealed class CatalogValidationException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public CatalogValidationException(string? sku, string field, string problem, Exception? inner = null)
        : base(Describe(sku, field, problem), inner)
    {
        Sku = sku;
        Field = field;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public CatalogValidationException()
        : this(null, "$", "The catalogue is invalid.")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public CatalogValidationException(string message)
        : this(null, "$", message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public CatalogValidationException(string message, Exception innerException)
        : this(null, "$", message, innerException)
    {
    }

    /// <summary>The SKU concerned, when known.</summary>
    public string? Sku { get; }

    /// <summary>The JSON path or property at fault.</summary>
    public string Field { get; } = "$";

    private static string Describe(string? sku, string field, string problem) =>
        sku is null ? $"catalogue ({field}): {problem}" : $"catalogue entry '{sku}' ({field}): {problem}";
}
