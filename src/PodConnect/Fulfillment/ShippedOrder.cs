using PodConnect.Marketplaces;

namespace PodConnect.Fulfillment;

/// <summary>An order the loop marked shipped on the marketplace.</summary>
/// <param name="Order">The order.</param>
/// <param name="Provider">The provider that produced it.</param>
/// <param name="ProviderOrderId">The provider's order id.</param>
/// <param name="TrackingNumber">
/// The tracking number sent; empty when the loop found the order already shipped on the marketplace (the answer to
/// its mark-shipped call was lost, or it restarted in between) before it had read the provider's parcel.
/// </param>
/// <param name="IsLate">Whether it was ready to ship after its deadline.</param>
public sealed record ShippedOrder(MarketplaceOrderRef Order, string Provider, string ProviderOrderId, string TrackingNumber, bool IsLate);
