namespace PodConnect.Gelato.Models;

/// <summary>A Gelato shipping address / quote recipient. Personal data: <see cref="ToString"/> shows the country only.</summary>
public sealed class GelatoAddress
{
    /// <summary>First name (≤ 25 chars).</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name (≤ 25 chars).</summary>
    public string? LastName { get; init; }

    /// <summary>Company (≤ 60 chars).</summary>
    public string? CompanyName { get; init; }

    /// <summary>First street line (≤ 35 chars).</summary>
    public string? AddressLine1 { get; init; }

    /// <summary>Second street line (≤ 35 chars).</summary>
    public string? AddressLine2 { get; init; }

    /// <summary>City (≤ 30 chars).</summary>
    public string? City { get; init; }

    /// <summary>Postal code (≤ 15 chars).</summary>
    public string? PostCode { get; init; }

    /// <summary>State; required for US, CA and AU.</summary>
    public string? State { get; init; }

    /// <summary>ISO 3166 alpha-2 country (GB, not UK).</summary>
    public string? Country { get; init; }

    /// <summary>E-mail.</summary>
    public string? Email { get; init; }

    /// <summary>Phone (E.123, ≤ 25 chars).</summary>
    public string? Phone { get; init; }

    /// <summary>Country only; never personal data.</summary>
    public override string ToString() => $"GelatoAddress {{ Country = {Country} }}";
}
