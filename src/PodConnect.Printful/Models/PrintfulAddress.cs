namespace PodConnect.Printful.Models;

/// <summary>A Printful recipient (v1 <c>Address</c>). Personal data: <see cref="ToString"/> shows the country only.</summary>
public sealed class PrintfulAddress
{
    /// <summary>Full name.</summary>
    public string? Name { get; init; }

    /// <summary>Company.</summary>
    public string? Company { get; init; }

    /// <summary>First street line.</summary>
    public string? Address1 { get; init; }

    /// <summary>Second street line.</summary>
    public string? Address2 { get; init; }

    /// <summary>City.</summary>
    public string? City { get; init; }

    /// <summary>State code (required for US, CA, AU).</summary>
    public string? StateCode { get; init; }

    /// <summary>ISO country code.</summary>
    public string? CountryCode { get; init; }

    /// <summary>Postal code.</summary>
    public string? Zip { get; init; }

    /// <summary>Phone.</summary>
    public string? Phone { get; init; }

    /// <summary>E-mail.</summary>
    public string? Email { get; init; }

    /// <summary>Country only; never personal data.</summary>
    public override string ToString() => $"PrintfulAddress {{ CountryCode = {CountryCode} }}";
}
