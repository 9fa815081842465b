namespace PodConnect.Marketplaces;

/// <summary>A marketplace webhook, verified and reduced to what the loop needs: which order to look at again.</summary>
/// <param name="EventType">The marketplace's event type, verbatim.</param>
/// <param name="DeduplicationKey">The same for every redelivery of one event (TikTok's notification id, or one built from its fields).</param>
/// <param name="Order">The order it is about, or <see langword="null"/> for events about no order.</param>
public sealed record MarketplaceWebhookEvent(string EventType, string DeduplicationKey, MarketplaceOrderRef? Order)
{
    /// <summary>The listing whose stock the event is about (TikTok's inventory status change), or <see langword="null"/>.</summary>
    public Inventory.ListingRef? Listing { get; init; }
}
