namespace PodConnect.TikTokShop.Marketplace;

/// <summary>
/// Which shops the fulfilment loop serves on TikTok Shop (bind from e.g. <c>PodConnect:TikTokShop:Marketplace</c>).
/// Every shop the listed sellers authorized is served, or only the listed shops when <see cref="ShopIds"/> is set.
/// </summary>
public sealed class TikTokShopMarketplaceOptions
{
    /// <summary>The sellers whose shops are served (their tokens must be in the token store). At least one.</summary>
    public List<string> SellerIds { get; } = [];

    /// <summary>Only these shop ids (TikTok's <c>shop_id</c>); empty serves every authorized shop of the sellers.</summary>
    public List<string> ShopIds { get; } = [];

    /// <summary>How often the list of authorized shops is read again (a webhook from an unknown shop also triggers it, at most this often). Default 1 hour.</summary>
    public TimeSpan ShopRefreshInterval { get; set; } = TimeSpan.FromHours(1);

    internal string? Validate()
    {
        if (SellerIds.Count == 0 || SellerIds.Any(string.IsNullOrWhiteSpace))
        {
            return "PodConnect:TikTokShop:Marketplace:SellerIds must list at least one seller id (the seller whose authorization token is stored).";
        }

        return ShopRefreshInterval <= TimeSpan.Zero
            ? $"PodConnect:TikTokShop:Marketplace:ShopRefreshInterval must be positive, not {ShopRefreshInterval}."
            : null;
    }
}
