using PodConnect.Domain;

namespace PodConnect.Providers;

/// <summary>An order as the provider holds it, normalized.</summary>
/// <param name="Provider">The provider's name, e.g. <c>gelato</c>.</param>
/// <param name="ProviderOrderId">The provider's id for the order.</param>
/// <param name="ExternalId">Our id (the marketplace order id), when the provider returned it.</param>
/// <param name="Status">The normalized status.</param>
/// <param name="RawStatus">The provider's status, verbatim.</param>
/// <param name="Shipments">Parcels sent so far (empty before shipping).</param>
public sealed record PodOrder(
    string Provider,
    string ProviderOrderId,
    string? ExternalId,
    PodOrderStatus Status,
    string RawStatus,
    IReadOnlyList<PodShipment> Shipments)
{
    /// <summary><see langword="true"/> when the order is a draft that will not be produced until confirmed.</summary>
    public bool IsDraft { get; init; }

    /// <summary>What the provider charges for it, when it says.</summary>
    public Money? Cost { get; init; }

    /// <summary>When the provider created it, when it says.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}
