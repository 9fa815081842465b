namespace PodConnect.TikTokShop.Internal;

/// <summary>
/// What the signing handler needs to stamp a request: the API path signed, the seller whose token to
/// send, and the shop cipher (null for endpoints that reject it).
/// </summary>
internal sealed record TikTokCall(string Path, string SellerId, string? ShopCipher)
{
    public static readonly HttpRequestOptionsKey<TikTokCall> Key = new("PodConnect.TikTokShop.Call");
}
