namespace PodConnect.Marketplaces;

/// <summary>A provider order recorded on the marketplace order itself (TikTok's external order references), so it survives the loss of every local store.</summary>
/// <param name="Provider">The provider's name, e.g. <c>gelato</c>.</param>
/// <param name="ProviderOrderId">The provider's order id.</param>
public sealed record MarketplaceOrderLink(string Provider, string ProviderOrderId);
