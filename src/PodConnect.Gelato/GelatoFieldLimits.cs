namespace PodConnect.Gelato;

/// <summary>
/// Gelato's documented limits on the shipping address (its recipient table, the same object since v2;
/// research pod-provider-apis §1.2 — the v4 page repeats no numbers, so they are UNCONFIRMED for v4 and
/// kept here, in one place, to change). The mapping applies <see cref="Providers.PodFieldRules"/>: address
/// lines wrap from <c>addressLine1</c> onto <c>addressLine2</c>; a name, city, postcode or phone that is too
/// long is refused with a <see cref="Providers.PodFieldLimitException"/> naming the field.
/// </summary>
public static class GelatoFieldLimits
{
    /// <summary><c>firstName</c> and <c>lastName</c>, each.</summary>
    public const int Name = 25;

    /// <summary><c>addressLine1</c> and <c>addressLine2</c>, each.</summary>
    public const int AddressLine = 35;

    /// <summary><c>city</c>.</summary>
    public const int City = 30;

    /// <summary><c>postCode</c>.</summary>
    public const int PostCode = 15;

    /// <summary><c>phone</c> (E.123).</summary>
    public const int Phone = 25;
}
