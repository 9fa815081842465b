namespace PodConnect.Marketplaces;

/// <summary>
/// Optional for an <see cref="IMarketplace"/>: it can record the provider order on the marketplace order
/// (TikTok's external order references) and read it back. Then a restart with empty local stores learns
/// from the marketplace alone where an order went, with one read instead of asking every provider.
/// </summary>
public interface IMarketplaceOrderLinks
{
    /// <summary>The most links <see cref="LinkProviderOrdersAsync"/> takes in one call (TikTok: 100 orders).</summary>
    int MaxLinksPerCall { get; }

    /// <summary>
    /// Records on each order the provider order it was placed as, in one call for up to
    /// <see cref="MaxLinksPerCall"/> orders of one shop. Repeating it is harmless.
    /// </summary>
    Task LinkProviderOrdersAsync(string shopId, IReadOnlyList<ProviderOrderLink> links, CancellationToken cancellationToken = default);

    /// <summary>The provider order recorded on a marketplace order, or <see langword="null"/> when none is.</summary>
    Task<MarketplaceOrderLink?> FindLinkAsync(MarketplaceOrderRef order, CancellationToken cancellationToken = default);
}
