using PodConnect.Domain;

namespace PodConnect.Providers;

/// <summary>One shipping method of a quote.</summary>
/// <param name="MethodId">The provider's id for it, to pass back as <see cref="PodOrderRequest.ShippingMethod"/>.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Price">The shipping price.</param>
public sealed record PodShippingOption(string MethodId, string Name, Money Price)
{
    /// <summary>Fewest days to delivery (production plus transit), when given.</summary>
    public int? MinDeliveryDays { get; init; }

    /// <summary>Most days to delivery, when given.</summary>
    public int? MaxDeliveryDays { get; init; }

    /// <summary>Earliest delivery date, when given.</summary>
    public DateOnly? MinDeliveryDate { get; init; }

    /// <summary>Latest delivery date, when given.</summary>
    public DateOnly? MaxDeliveryDate { get; init; }

    /// <summary>The country the parcel would be produced or sent from, when the provider says.</summary>
    public CountryCode? ProductionCountry { get; init; }
}
