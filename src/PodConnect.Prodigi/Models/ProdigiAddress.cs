namespace PodConnect.Prodigi.Models;

/// <summary>A recipient's address. Required by Prodigi: <c>line1</c>, <c>postalOrZipCode</c>, <c>countryCode</c>, <c>townOrCity</c>.</summary>
public sealed class ProdigiAddress
{
    /// <summary>First street line (required).</summary>
    public string? Line1 { get; set; }

    /// <summary>Second street line.</summary>
    public string? Line2 { get; set; }

    /// <summary>Postcode or ZIP (required).</summary>
    public string? PostalOrZipCode { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country (required).</summary>
    public string? CountryCode { get; set; }

    /// <summary>Town or city (required).</summary>
    public string? TownOrCity { get; set; }

    /// <summary>State or county.</summary>
    public string? StateOrCounty { get; set; }
}

/// <summary>Who receives the order. Personal data: <see cref="ToString"/> redacts it.</summary>
public sealed class ProdigiRecipient
{
    /// <summary>Full name (required; Prodigi may shorten very long names for couriers).</summary>
    public string? Name { get; set; }

    /// <summary>E-mail; recommended for international orders (customs).</summary>
    public string? Email { get; set; }

    /// <summary>Phone; recommended for international orders (customs).</summary>
    public string? PhoneNumber { get; set; }

    /// <summary>The address.</summary>
    public ProdigiAddress? Address { get; set; }

    /// <summary>Always <c>ProdigiRecipient { *** }</c>.</summary>
    public override string ToString() => "ProdigiRecipient { *** }";
}
