using PodConnect.TikTokShop.Fulfillment;
using PodConnect.TikTokShop.Internal;
using PodConnect.TikTokShop.Inventory;
using PodConnect.TikTokShop.Orders;
using PodConnect.TikTokShop.Webhooks;

namespace PodConnect.TikTokShop;

/// <summary>
/// Everything about one authorized shop, from <see cref="TikTokShopClient.ForShop"/>: the seller's
/// token and the shop cipher are fixed here, so no call takes them. Cheap to create; thread-safe.
/// </summary>
public class TikTokSellerShopClient
{
    /// <summary>For mocking.</summary>
    protected TikTokSellerShopClient()
    {
        Shop = null!;
        Orders = null!;
        Fulfillment = null!;
        Logistics = null!;
        Products = null!;
        Webhooks = null!;
    }

    internal TikTokSellerShopClient(TikTokApi api, TikTokShopRef shop)
    {
        Shop = shop;
        Orders = new TikTokOrdersClient(api, shop);
        Fulfillment = new TikTokFulfillmentClient(api, shop, Orders);
        Logistics = new TikTokLogisticsClient(api, shop);
        Products = new TikTokProductsClient(api, shop);
        Webhooks = new TikTokWebhookSubscriptionsClient(api, shop);
    }

    /// <summary>The seller and shop this client calls for.</summary>
    public virtual TikTokShopRef Shop { get; }

    /// <summary>Orders: search, details, external order references.</summary>
    public virtual TikTokOrdersClient Orders { get; }

    /// <summary>Seller shipping: mark as shipped, correct tracking, tracking events.</summary>
    public virtual TikTokFulfillmentClient Fulfillment { get; }

    /// <summary>Warehouses, delivery options and shipping providers.</summary>
    public virtual TikTokLogisticsClient Logistics { get; }

    /// <summary>Inventory and product status.</summary>
    public virtual TikTokProductsClient Products { get; }

    /// <summary>The shop's webhook subscriptions.</summary>
    public virtual TikTokWebhookSubscriptionsClient Webhooks { get; }
}
