using System.Text.Json.Serialization;
using PodConnect.Http.Json;

namespace PodConnect.TikTokShop.Auth;

/// <summary>The <c>data</c> of <c>/api/v2/token/get</c> and <c>/refresh</c>; <c>*_expire_in</c> are absolute Unix seconds.</summary>
internal sealed class TokenResponseData
{
    public string? AccessToken { get; init; }

    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset AccessTokenExpireIn { get; init; }

    public string? RefreshToken { get; init; }

    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset RefreshTokenExpireIn { get; init; }

    public string? OpenId { get; init; }

    public string? SellerName { get; init; }

    public string? SellerBaseRegion { get; init; }

    public int? UserType { get; init; }

    public IReadOnlyList<string>? GrantedScopes { get; init; }
}
