using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Auth;

namespace PodConnect.TikTokShop.Tests;

/// <summary>Turns the fake's plain token values into the client's token (the fake references no client package).</summary>
internal static class FakeTikTokTokenExtensions
{
    public static TikTokShopToken ToClientToken(this FakeTikTokToken token) =>
        new(token.SellerId, token.AccessToken, token.AccessTokenExpiresAt, token.RefreshToken, token.RefreshTokenExpiresAt)
        {
            SellerName = token.SellerName,
            SellerBaseRegion = token.SellerBaseRegion,
            UserType = 0,
        };
}
