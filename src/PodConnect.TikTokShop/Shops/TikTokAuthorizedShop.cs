namespace PodConnect.TikTokShop.Shops;

/// <summary>A shop the seller authorized the app for (Get Authorized Shops).</summary>
/// <param name="Id">The shop id (webhooks carry it as <c>shop_id</c>).</param>
/// <param name="Name">The shop name.</param>
/// <param name="Region">The shop's region, e.g. <c>GB</c>.</param>
/// <param name="SellerType"><c>CROSS_BORDER</c> or <c>LOCAL</c>.</param>
/// <param name="Cipher">The shop cipher to pass as <see cref="TikTokShopRef.ShopCipher"/>.</param>
/// <param name="Code">The shop code shown in Seller Center.</param>
public sealed record TikTokAuthorizedShop(string Id, string? Name, string? Region, string? SellerType, string Cipher, string? Code);

internal sealed class AuthorizedShopsData
{
    public IReadOnlyList<TikTokAuthorizedShop>? Shops { get; init; }
}
