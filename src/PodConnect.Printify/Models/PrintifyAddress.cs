namespace PodConnect.Printify.Models;

/// <summary>
/// An order's <c>address_to</c>. Personal data: <see cref="ToString"/> redacts it. Printify documents no
/// lengths; PodConnect requires <c>first_name</c>, <c>last_name</c>, <c>country</c>, <c>address1</c>,
/// <c>city</c> and <c>zip</c> (the documented validation example names <c>zip</c>; the rest UNCONFIRMED).
/// </summary>
public sealed class PrintifyAddress
{
    /// <summary>First name.</summary>
    public string? FirstName { get; set; }

    /// <summary>Last name.</summary>
    public string? LastName { get; set; }

    /// <summary>E-mail (required for Printify Express).</summary>
    public string? Email { get; set; }

    /// <summary>Phone (required for Printify Express).</summary>
    public string? Phone { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country.</summary>
    public string? Country { get; set; }

    /// <summary>Region or state.</summary>
    public string? Region { get; set; }

    /// <summary>First street line.</summary>
    public string? Address1 { get; set; }

    /// <summary>Second street line.</summary>
    public string? Address2 { get; set; }

    /// <summary>City.</summary>
    public string? City { get; set; }

    /// <summary>Postcode.</summary>
    public string? Zip { get; set; }

    /// <summary>Company.</summary>
    public string? Company { get; set; }

    /// <summary>Always <c>PrintifyAddress { *** }</c>.</summary>
    public override string ToString() => "PrintifyAddress { *** }";
}
