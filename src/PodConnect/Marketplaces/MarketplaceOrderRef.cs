namespace PodConnect.Marketplaces;

/// <summary>Names one marketplace order: the shop it belongs to and its id.</summary>
/// <param name="ShopId">The marketplace's shop id (TikTok's <c>shop_id</c>, not the cipher).</param>
/// <param name="OrderId">The marketplace's order id; the external id at the provider.</param>
public readonly record struct MarketplaceOrderRef(string ShopId, string OrderId)
{
    /// <summary>E.g. <c>7000714532876273420/576461413038785752</c>.</summary>
    public override string ToString() => $"{ShopId}/{OrderId}";
}
