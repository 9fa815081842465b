namespace PodConnect.Marketplaces;

/// <summary>
/// Optional for an <see cref="IMarketplace"/>: it can record the provider order on the marketplace order
/// (TikTok's external order references), and reports it in <see cref="MarketplaceOrder.LinkedProviderOrder"/>.
/// Then a restart with empty local stores learns from the marketplace alone where each order went.
/// </summary>
public interface IMarketplaceOrderLinks
{
    /// <summary>Records that <paramref name="order"/> was placed as <paramref name="link"/>. Repeating it is harmless.</summary>
    Task LinkProviderOrderAsync(MarketplaceOrderRef order, MarketplaceOrderLink link, CancellationToken cancellationToken = default);
}
