namespace PodConnect.Domain;

/// <summary>
/// Who receives the parcel. Personal data: <see cref="ToString"/> redacts it so it never lands in logs.
/// </summary>
/// <param name="Name">Full name.</param>
/// <param name="Phone">Phone number, when given.</param>
/// <param name="Email">E-mail, when given.</param>
public sealed record Recipient(string Name, string? Phone = null, string? Email = null)
{
    /// <summary>Always <c>Recipient { *** }</c>.</summary>
    public override string ToString() => "Recipient { *** }";
}
