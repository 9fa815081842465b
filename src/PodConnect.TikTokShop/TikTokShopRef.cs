namespace PodConnect.TikTokShop;

/// <summary>
/// Which authorized seller and shop a call is for: the seller's <c>open_id</c> picks the access token
/// from the token store, the shop's <c>cipher</c> (from Get Authorized Shops) picks the shop.
/// </summary>
/// <param name="SellerId">The seller's <c>open_id</c> from the token exchange.</param>
/// <param name="ShopCipher">The shop's cipher.</param>
public sealed record TikTokShopRef(string SellerId, string ShopCipher)
{
    /// <inheritdoc />
    public override string ToString() => $"TikTokShopRef {{ SellerId = {SellerId} }}";
}
