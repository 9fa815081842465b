using System.Diagnostics.CodeAnalysis;

namespace PodConnect.Domain;

/// <summary>
/// An ISO 3166-2 subdivision code such as <c>GB-SCT</c>, <c>DE-BY</c> or <c>ES-CT</c>: the country's
/// alpha-2 code, a hyphen, and one to three letters or digits. Used where working calendars differ
/// inside a country. <c>UK-</c> is accepted and normalized to <c>GB-</c>.
/// </summary>
public readonly struct SubdivisionCode : IEquatable<SubdivisionCode>
{
    private readonly string? _value;

    private SubdivisionCode(CountryCode country, string value)
    {
        Country = country;
        _value = value;
    }

    /// <summary>The full upper-case code, e.g. <c>GB-SCT</c>.</summary>
    public string Value => _value ?? throw new InvalidOperationException("This SubdivisionCode is uninitialized (default).");

    /// <summary>The country part.</summary>
    public CountryCode Country { get; }

    /// <summary>The part after the hyphen, e.g. <c>SCT</c>.</summary>
    public string Local => Value[3..];

    /// <summary>True for <c>default(SubdivisionCode)</c>.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Parses a code such as <c>gb-sct</c> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">The value is not of the form CC-XXX with a valid country.</exception>
    public static SubdivisionCode Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var code)
            ? code
            : throw new ArgumentException($"'{value}' is not an ISO 3166-2 subdivision code (e.g. GB-SCT, DE-BY, ES-CT).", nameof(value));
    }

    /// <summary>Tries to parse a code; see <see cref="Parse"/>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out SubdivisionCode code)
    {
        code = default;
        if (value is null)
        {
            return false;
        }

        var span = value.AsSpan().Trim();
        if (span.Length is < 4 or > 6 || span[2] != '-' || !CountryCode.TryParse(span[..2], out var country))
        {
            return false;
        }

        var local = span[3..];
        foreach (var c in local)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        code = new SubdivisionCode(country, string.Concat(country.Value, "-", local.ToString().ToUpperInvariant()));
        return true;
    }

    /// <inheritdoc />
    public bool Equals(SubdivisionCode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SubdivisionCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The full code.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>Equality.</summary>
    public static bool operator ==(SubdivisionCode left, SubdivisionCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(SubdivisionCode left, SubdivisionCode right) => !left.Equals(right);
}
