namespace PodConnect.Domain;

/// <summary>
/// A postal address. Only the country is required for routing; the rest is carried for the provider.
/// <see cref="ToString"/> shows the country, subdivision and postal district only, never the street.
/// </summary>
public sealed class Address
{
    /// <summary>Creates an address.</summary>
    /// <exception cref="ArgumentException">The country is uninitialized, or the subdivision belongs to another country.</exception>
    public Address(
        CountryCode country,
        string? postalCode = null,
        string? city = null,
        IReadOnlyList<string>? lines = null,
        SubdivisionCode? subdivision = null,
        string? region = null)
    {
        if (country.IsDefault)
        {
            throw new ArgumentException("An address needs a country.", nameof(country));
        }

        if (subdivision is { } sub && !sub.IsDefault && sub.Country != country)
        {
            throw new ArgumentException($"Subdivision '{sub}' is not in country '{country}'.", nameof(subdivision));
        }

        Country = country;
        PostalCode = postalCode;
        City = city;
        Lines = lines ?? [];
        Subdivision = subdivision is { IsDefault: false } ? subdivision : null;
        Region = region;
    }

    /// <summary>The country.</summary>
    public CountryCode Country { get; }

    /// <summary>The ISO 3166-2 subdivision when known (decides e.g. Scottish vs English holidays).</summary>
    public SubdivisionCode? Subdivision { get; }

    /// <summary>Free-text region/state/county as the marketplace gave it.</summary>
    public string? Region { get; }

    /// <summary>Postal code.</summary>
    public string? PostalCode { get; }

    /// <summary>City or town.</summary>
    public string? City { get; }

    /// <summary>Street lines, first to last.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Country, subdivision and the outward part of the postal code; no personal data.</summary>
    public override string ToString()
    {
        var district = PostalCode is { Length: > 0 } pc ? " " + pc.Split(' ')[0] : string.Empty;
        return Subdivision is { } s ? $"{s}{district}" : $"{Country}{district}";
    }
}
