namespace PodConnect.Domain;

/// <summary>
/// What a line is physically (t-shirt, mug, poster…), which decides who can make it and how long it
/// takes. An open set: any lower-case kebab-case name is valid; the well-known ones are listed here.
/// </summary>
public readonly struct ProductKind : IEquatable<ProductKind>
{
    private readonly string? _value;

    /// <summary>Creates a kind from a name; it is trimmed and lower-cased, spaces and underscores become hyphens.</summary>
    /// <exception cref="ArgumentException">The name is empty or contains characters other than letters, digits and hyphens.</exception>
    public ProductKind(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        var normalized = value.Trim().ToLowerInvariant().Replace(' ', '-').Replace('_', '-');
        foreach (var c in normalized)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                throw new ArgumentException($"'{value}' is not a product kind name (letters, digits and hyphens, e.g. t-shirt).", nameof(value));
            }
        }

        _value = string.IsInterned(normalized) ?? normalized;
    }

    /// <summary>The normalized name, e.g. <c>t-shirt</c>.</summary>
    public string Value => _value ?? throw new InvalidOperationException("This ProductKind is uninitialized (default).");

    /// <summary>T-shirt.</summary>
    public static ProductKind TShirt { get; } = new("t-shirt");
    /// <summary>Hoodie.</summary>
    public static ProductKind Hoodie { get; } = new("hoodie");
    /// <summary>Sweatshirt.</summary>
    public static ProductKind Sweatshirt { get; } = new("sweatshirt");
    /// <summary>Mug.</summary>
    public static ProductKind Mug { get; } = new("mug");
    /// <summary>Poster (paper print).</summary>
    public static ProductKind Poster { get; } = new("poster");
    /// <summary>Framed poster.</summary>
    public static ProductKind FramedPoster { get; } = new("framed-poster");
    /// <summary>Canvas.</summary>
    public static ProductKind Canvas { get; } = new("canvas");
    /// <summary>Phone case.</summary>
    public static ProductKind PhoneCase { get; } = new("phone-case");
    /// <summary>Tote bag.</summary>
    public static ProductKind Tote { get; } = new("tote");
    /// <summary>Sticker.</summary>
    public static ProductKind Sticker { get; } = new("sticker");
    /// <summary>Cap / hat.</summary>
    public static ProductKind Cap { get; } = new("cap");

    /// <inheritdoc />
    public bool Equals(ProductKind other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProductKind other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The name.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>Equality.</summary>
    public static bool operator ==(ProductKind left, ProductKind right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ProductKind left, ProductKind right) => !left.Equals(right);
}
