namespace PodConnect.Marketplaces;

/// <summary>What marking an order shipped sends: the marketplace's carrier id, the tracking number and the lines shipped.</summary>
/// <param name="ShippingProviderId">The marketplace's id for the carrier (TikTok <c>shipping_provider_id</c>).</param>
/// <param name="TrackingNumber">The carrier's tracking number.</param>
/// <param name="LineItemIds">The line items in the parcel; empty for the whole order.</param>
public sealed record MarketplaceShipment(string ShippingProviderId, string TrackingNumber, IReadOnlyList<string> LineItemIds);
