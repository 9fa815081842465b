namespace PodConnect.TikTokShop.Auth;

/// <summary>
/// A seller's tokens, with expiry as absolute instants. <see cref="ToString"/> never shows the tokens.
/// </summary>
/// <param name="SellerId">The seller's <c>open_id</c>: the key in the token store.</param>
/// <param name="AccessToken">The access token (sent as <c>x-tts-access-token</c>).</param>
/// <param name="AccessTokenExpiresAt">When the access token expires.</param>
/// <param name="RefreshToken">The refresh token (rotates on every refresh).</param>
/// <param name="RefreshTokenExpiresAt">When the refresh token expires (the seller must then re-authorize).</param>
public sealed record TikTokShopToken(
    string SellerId,
    string AccessToken,
    DateTimeOffset AccessTokenExpiresAt,
    string RefreshToken,
    DateTimeOffset RefreshTokenExpiresAt)
{
    /// <summary>The seller's name.</summary>
    public string? SellerName { get; init; }

    /// <summary>The seller's base region, e.g. <c>GB</c>.</summary>
    public string? SellerBaseRegion { get; init; }

    /// <summary>0 = seller, 1 = creator.</summary>
    public int? UserType { get; init; }

    /// <summary>The scopes granted (when TikTok lists them).</summary>
    public IReadOnlyList<string> GrantedScopes { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() =>
        $"TikTokShopToken {{ SellerId = {SellerId}, AccessTokenExpiresAt = {AccessTokenExpiresAt:O}, RefreshTokenExpiresAt = {RefreshTokenExpiresAt:O}, tokens = *** }}";
}
