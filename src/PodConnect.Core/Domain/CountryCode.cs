using System.Diagnostics.CodeAnalysis;

namespace PodConnect.Domain;

/// <summary>
/// An ISO 3166-1 alpha-2 country code, validated against the assigned codes. The United Kingdom is
/// <c>GB</c>; <c>UK</c> is accepted as an alias on input because marketplaces and people use it.
/// </summary>
public readonly struct CountryCode : IEquatable<CountryCode>
{
    private readonly string? _value;

    private CountryCode(string value) => _value = value;

    /// <summary>The upper-case two-letter code, e.g. <c>GB</c>.</summary>
    public string Value => _value ?? throw new InvalidOperationException("This CountryCode is uninitialized (default).");

    /// <summary>True for <c>default(CountryCode)</c>, which holds no code.</summary>
    public bool IsDefault => _value is null;

    /// <summary>United Kingdom.</summary>
    public static CountryCode GB { get; } = Parse("GB");
    /// <summary>Ireland.</summary>
    public static CountryCode IE { get; } = Parse("IE");
    /// <summary>Spain.</summary>
    public static CountryCode ES { get; } = Parse("ES");
    /// <summary>Germany.</summary>
    public static CountryCode DE { get; } = Parse("DE");
    /// <summary>France.</summary>
    public static CountryCode FR { get; } = Parse("FR");
    /// <summary>Italy.</summary>
    public static CountryCode IT { get; } = Parse("IT");
    /// <summary>United States.</summary>
    public static CountryCode US { get; } = Parse("US");

    /// <summary>Parses a code, case-insensitively, accepting <c>UK</c> as <c>GB</c>.</summary>
    /// <exception cref="ArgumentException">The value is not an assigned ISO 3166-1 alpha-2 code.</exception>
    public static CountryCode Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var code)
            ? code
            : throw new ArgumentException($"'{value}' is not an ISO 3166-1 alpha-2 country code (e.g. GB, DE, FR).", nameof(value));
    }

    /// <summary>Tries to parse a code; see <see cref="Parse(string)"/>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out CountryCode code) => TryParse(value.AsSpan(), out code) && value is not null;

    /// <summary>Tries to parse a code from characters, without allocating.</summary>
    public static bool TryParse(ReadOnlySpan<char> value, out CountryCode code)
    {
        value = value.Trim();
        code = default;
        if (value.Length != 2)
        {
            return false;
        }

        if ((value[0] is 'U' or 'u') && (value[1] is 'K' or 'k'))
        {
            code = new CountryCode(IsoCountries.Lookup('G', 'B')!);
            return true;
        }

        var interned = IsoCountries.Lookup(value[0], value[1]);
        if (interned is null)
        {
            return false;
        }

        code = new CountryCode(interned);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(CountryCode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CountryCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : (_value[0] << 8) | _value[1];

    /// <summary>The two-letter code.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>Equality.</summary>
    public static bool operator ==(CountryCode left, CountryCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(CountryCode left, CountryCode right) => !left.Equals(right);
}
