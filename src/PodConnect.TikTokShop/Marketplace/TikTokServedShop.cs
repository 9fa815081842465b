using PodConnect.Domain;

namespace PodConnect.TikTokShop.Marketplace;

/// <summary>A shop the fulfilment loop serves: its id (in webhooks and the loop), its cipher (in API calls) and its market.</summary>
/// <param name="ShopId">TikTok's <c>shop_id</c>.</param>
/// <param name="Shop">The seller and cipher the API needs.</param>
/// <param name="Market">The shop's market (its region), when TikTok says.</param>
public sealed record TikTokServedShop(string ShopId, TikTokShopRef Shop, CountryCode? Market);
