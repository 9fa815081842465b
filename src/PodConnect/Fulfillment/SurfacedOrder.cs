using PodConnect.Marketplaces;

namespace PodConnect.Fulfillment;

/// <summary>An order the loop stopped working on and handed to a person.</summary>
/// <param name="Order">The order.</param>
/// <param name="Reason">Why.</param>
/// <param name="Detail">What exactly (SKU, provider message, carrier name); no personal data.</param>
/// <param name="At">When.</param>
public sealed record SurfacedOrder(MarketplaceOrderRef Order, SurfaceReason Reason, string Detail, DateTimeOffset At);
