namespace PodConnect.Testing.TikTokShop;

/// <summary>
/// Tokens the fake issued for a seller, as plain values (the fake depends on no client package; turn it
/// into the client's token type in your test).
/// </summary>
/// <param name="SellerId">The seller.</param>
/// <param name="AccessToken">The access token.</param>
/// <param name="AccessTokenExpiresAt">When it expires.</param>
/// <param name="RefreshToken">The refresh token.</param>
/// <param name="RefreshTokenExpiresAt">When it expires.</param>
public sealed record FakeTikTokToken(
    string SellerId,
    string AccessToken,
    DateTimeOffset AccessTokenExpiresAt,
    string RefreshToken,
    DateTimeOffset RefreshTokenExpiresAt)
{
    /// <summary>The seller's name the fake reports.</summary>
    public string SellerName { get; init; } = "Fake Seller";

    /// <summary>The seller's base region the fake reports.</summary>
    public string SellerBaseRegion { get; init; } = "GB";

    /// <summary>Everything but the tokens.</summary>
    public override string ToString() =>
        $"FakeTikTokToken {{ SellerId = {SellerId}, AccessTokenExpiresAt = {AccessTokenExpiresAt:O}, RefreshTokenExpiresAt = {RefreshTokenExpiresAt:O}, tokens = *** }}";
}
