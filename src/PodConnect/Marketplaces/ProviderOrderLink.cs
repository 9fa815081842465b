namespace PodConnect.Marketplaces;

/// <summary>A marketplace order and the provider order to record on it.</summary>
/// <param name="Order">The marketplace order (its lines are linked too where the marketplace wants them).</param>
/// <param name="Link">The provider and its order id.</param>
public sealed record ProviderOrderLink(MarketplaceOrder Order, MarketplaceOrderLink Link);
