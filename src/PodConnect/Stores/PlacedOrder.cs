namespace PodConnect.Stores;

/// <summary>
/// Where a marketplace order was (or is being) placed. Written <b>before</b> the provider is called (an
/// intent naming the provider), then completed with the provider's order id, so a crash between the two
/// still names the one provider the order belongs to and a restart never places it elsewhere.
/// </summary>
/// <param name="ShopId">The marketplace shop the order belongs to.</param>
/// <param name="OrderId">The marketplace order id (the external id at the provider).</param>
/// <param name="Provider">The provider chosen, e.g. <c>gelato</c>.</param>
/// <param name="ReservedAt">When the provider was chosen.</param>
public sealed record PlacedOrder(string ShopId, string OrderId, string Provider, DateTimeOffset ReservedAt)
{
    /// <summary>The provider's order id once the provider accepted it; <see langword="null"/> while only the intent is recorded.</summary>
    public string? ProviderOrderId { get; init; }

    /// <summary>The facility routed to, when known (for releasing capacity).</summary>
    public string? FacilityId { get; init; }

    /// <summary>The production day capacity was booked on, when known.</summary>
    public DateOnly? ProductionDay { get; init; }

    /// <summary>Units booked.</summary>
    public int Units { get; init; }

    /// <summary>When routing predicted the provider would dispatch it (the first time worth asking the provider).</summary>
    public DateTimeOffset? PredictedDispatch { get; init; }

    /// <summary>Whether the provider accepted it (its order id is known).</summary>
    public bool IsPlaced => ProviderOrderId is not null;
}
