namespace PodConnect.Marketplaces;

/// <summary>
/// Optional for an <see cref="IMarketplace"/>: it can record the provider order on the marketplace order
/// (TikTok's external order references), and reports it in <see cref="MarketplaceOrder.LinkedProviderOrder"/>.
/// Then a restart with empty local stores learns from the marketplace alone where each order went.
/// </summary>
public interface IMarketplaceOrderLinks
{
    /// <summary>The most links <see cref="LinkProviderOrdersAsync"/> takes in one call (TikTok: 100 orders).</summary>
    int MaxLinksPerCall { get; }

    /// <summary>
    /// Records that each order was placed as its link, in one call for up to <see cref="MaxLinksPerCall"/>
    /// orders of one shop. Repeating it is harmless.
    /// </summary>
    Task LinkProviderOrdersAsync(string shopId, IReadOnlyList<KeyValuePair<string, MarketplaceOrderLink>> links, CancellationToken cancellationToken = default);
}
