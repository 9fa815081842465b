namespace PodConnect.Marketplaces;

/// <summary>A carrier the marketplace accepts for a shop.</summary>
/// <param name="Id">The marketplace's id for it (TikTok <c>shipping_provider_id</c>).</param>
/// <param name="Name">Its display name, e.g. <c>Royal Mail</c>.</param>
public sealed record MarketplaceCarrier(string Id, string Name);
