namespace PodConnect.TikTokShop;

/// <summary>
/// The API version each operation calls. TikTok versions every endpoint on its own and keeps an old
/// version for at least two months after a newer one ships; a retired version answers <c>36009014</c>
/// ("The version name is invalid"). The defaults are the newest versions in TikTok's documentation
/// (December 2025 snapshot). Change one here when TikTok announces a retirement, without waiting for
/// a new PodConnect release; every value is a <c>yyyyMM</c> string.
/// </summary>
public sealed class TikTokShopApiVersions
{
    /// <summary>Get Authorized Shops (<c>GET /authorization/{v}/shops</c>). Default 202309.</summary>
    public string AuthorizedShops { get; set; } = "202309";

    /// <summary>Get Order List / Search Orders (<c>POST /order/{v}/orders/search</c>). Default 202309 (no newer version exists).</summary>
    public string SearchOrders { get; set; } = "202309";

    /// <summary>Get Order Detail (<c>GET /order/{v}/orders</c>). Default 202507.</summary>
    public string GetOrderDetail { get; set; } = "202507";

    /// <summary>Add, get and search External Order References (<c>/order/{v}/orders/external_orders</c>…). Default 202406.</summary>
    public string ExternalOrders { get; set; } = "202406";

    /// <summary>Cancel Order (<c>POST /return_refund/{v}/cancellations</c>). Default 202309.</summary>
    public string CancelOrder { get; set; } = "202309";

    /// <summary>Mark Package As Shipped (<c>POST /fulfillment/{v}/orders/{id}/packages</c>). Default 202309.</summary>
    public string MarkPackageAsShipped { get; set; } = "202309";

    /// <summary>Update Shipping Info (<c>POST /fulfillment/{v}/orders/{id}/shipping_info/update</c>). Default 202309.</summary>
    public string UpdateShippingInfo { get; set; } = "202309";

    /// <summary>Get Tracking (<c>GET /fulfillment/{v}/orders/{id}/tracking</c>). Default 202309.</summary>
    public string GetTracking { get; set; } = "202309";

    /// <summary>Warehouses, delivery options and shipping providers (<c>/logistics/{v}/…</c>). Default 202309.</summary>
    public string Logistics { get; set; } = "202309";

    /// <summary>Update Inventory (<c>POST /product/{v}/products/{id}/inventory/update</c>). Default 202309.</summary>
    public string UpdateInventory { get; set; } = "202309";

    /// <summary>Inventory Search (<c>POST /product/{v}/inventory/search</c>). Default 202309.</summary>
    public string InventorySearch { get; set; } = "202309";

    /// <summary>Search Products (<c>POST /product/{v}/products/search</c>), used to find listings by seller SKU. Default 202502 (the newest in TikTok's docs of December 2025).</summary>
    public string SearchProducts { get; set; } = "202502";

    /// <summary>Activate and Deactivate Products (<c>POST /product/{v}/products/activate</c>, <c>…/deactivate</c>). Default 202309.</summary>
    public string ProductStatus { get; set; } = "202309";

    /// <summary>Get, update and delete shop webhooks (<c>/event/{v}/webhooks</c>). Default 202309.</summary>
    public string Webhooks { get; set; } = "202309";

    /// <summary>Returns the first bad version, naming the setting, or <c>null</c>.</summary>
    /// <param name="prefix">How the settings are named to the user, e.g. <c>TikTokShop:ApiVersions</c>.</param>
    public string? Validate(string prefix)
    {
        foreach (var (name, value) in All())
        {
            if (!IsVersion(value))
            {
                return $"{prefix}:{name} must be a TikTok API version of six digits (yyyyMM, e.g. 202309); found '{value}'.";
            }
        }

        return null;
    }

    private IEnumerable<(string Name, string Value)> All() =>
    [
        (nameof(AuthorizedShops), AuthorizedShops),
        (nameof(SearchOrders), SearchOrders),
        (nameof(GetOrderDetail), GetOrderDetail),
        (nameof(ExternalOrders), ExternalOrders),
        (nameof(CancelOrder), CancelOrder),
        (nameof(MarkPackageAsShipped), MarkPackageAsShipped),
        (nameof(UpdateShippingInfo), UpdateShippingInfo),
        (nameof(GetTracking), GetTracking),
        (nameof(Logistics), Logistics),
        (nameof(UpdateInventory), UpdateInventory),
        (nameof(InventorySearch), InventorySearch),
        (nameof(SearchProducts), SearchProducts),
        (nameof(ProductStatus), ProductStatus),
        (nameof(Webhooks), Webhooks),
    ];

    private static bool IsVersion(string? value) =>
        value is { Length: 6 } && value.All(char.IsAsciiDigit) && int.Parse(value.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 12;
}
