namespace PodConnect.TikTokShop.Internal;

/// <summary>
/// One TikTok Open API operation: its method, its path template (<c>{v}</c> = the version,
/// <c>{id}</c> = the path id) and whether it is shop-scoped (takes <c>shop_cipher</c>). The template
/// also names the rate-limit partition: TikTok limits each API per app and shop.
/// </summary>
internal sealed record TikTokEndpoint(string Method, string Template, bool ShopScoped = true)
{
    public HttpMethod HttpMethod { get; } = HttpMethod.Parse(Method);

    /// <summary>The concrete path: the version filled in, the id percent-encoded.</summary>
    public string PathFor(string version, string? id = null)
    {
        var path = Template.Replace("{v}", version, StringComparison.Ordinal);
        return id is null ? path : path.Replace("{id}", Uri.EscapeDataString(id), StringComparison.Ordinal);
    }
}

/// <summary>The operations the client calls.</summary>
internal static class TikTokEndpoints
{
    public static readonly TikTokEndpoint AuthorizedShops = new("GET", "/authorization/{v}/shops", ShopScoped: false);
    public static readonly TikTokEndpoint SearchOrders = new("POST", "/order/{v}/orders/search");
    public static readonly TikTokEndpoint OrderDetail = new("GET", "/order/{v}/orders");
    public static readonly TikTokEndpoint AddExternalOrders = new("POST", "/order/{v}/orders/external_orders");
    public static readonly TikTokEndpoint GetExternalOrders = new("GET", "/order/{v}/orders/{id}/external_orders");
    public static readonly TikTokEndpoint SearchExternalOrders = new("POST", "/order/{v}/orders/external_order_search");
    public static readonly TikTokEndpoint CancelOrder = new("POST", "/return_refund/{v}/cancellations");
    public static readonly TikTokEndpoint MarkPackageAsShipped = new("POST", "/fulfillment/{v}/orders/{id}/packages");
    public static readonly TikTokEndpoint UpdateShippingInfo = new("POST", "/fulfillment/{v}/orders/{id}/shipping_info/update");
    public static readonly TikTokEndpoint Tracking = new("GET", "/fulfillment/{v}/orders/{id}/tracking");
    public static readonly TikTokEndpoint Warehouses = new("GET", "/logistics/{v}/warehouses");
    public static readonly TikTokEndpoint DeliveryOptions = new("GET", "/logistics/{v}/warehouses/{id}/delivery_options");
    public static readonly TikTokEndpoint ShippingProviders = new("GET", "/logistics/{v}/delivery_options/{id}/shipping_providers");
    public static readonly TikTokEndpoint UpdateInventory = new("POST", "/product/{v}/products/{id}/inventory/update");
    public static readonly TikTokEndpoint InventorySearch = new("POST", "/product/{v}/inventory/search");
    public static readonly TikTokEndpoint SearchProducts = new("POST", "/product/{v}/products/search");
    public static readonly TikTokEndpoint ActivateProducts = new("POST", "/product/{v}/products/activate");
    public static readonly TikTokEndpoint DeactivateProducts = new("POST", "/product/{v}/products/deactivate");
    public static readonly TikTokEndpoint GetWebhooks = new("GET", "/event/{v}/webhooks");
    public static readonly TikTokEndpoint UpdateWebhook = new("PUT", "/event/{v}/webhooks");
    public static readonly TikTokEndpoint DeleteWebhook = new("DELETE", "/event/{v}/webhooks");
}
