using System.Text;
using Microsoft.Extensions.Time.Testing;
using PodConnect.Testing.Common;
using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Fulfillment;
using PodConnect.TikTokShop.Inventory;
using PodConnect.TikTokShop.Orders;
using PodConnect.TikTokShop.Webhooks;

namespace PodConnect.TikTokShop.Tests;

/// <summary>
/// Every example TikTok publishes (Examples/, verbatim) read through the client's real path: the fake
/// answers the call with the example's bytes, and the typed result carries its key fields.
/// </summary>
public sealed class OfficialExamplesTests : IDisposable
{
    private readonly Harness _h = new();

    public void Dispose() => _h.Dispose();

    internal static string Example(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", name));

    private void Answer(string path, string example) => _h.Fake.Faults.Add(Fault.Status(200, Example(example)), path);

    private static DateTimeOffset At(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds);

    [Fact]
    public async Task Get_authorized_shops()
    {
        Answer("/authorization/202309/shops", "get_authorized_shops.json");

        var shop = Assert.Single(await _h.Client.GetAuthorizedShopsAsync(FakeTikTokShop.DefaultSellerId));

        Assert.Equal(new TikTokShopRef(FakeTikTokShop.DefaultSellerId, "GCP_XF90igAAAABh00qsWgtvOiGFNqyubMt3").ShopCipher, shop.Cipher);
        Assert.Equal(("7000714532876273420", "GB", "CROSS_BORDER", "CNGBCBA4LLU8"), (shop.Id, shop.Region, shop.SellerType, shop.Code));
    }

    [Fact]
    public async Task Search_orders()
    {
        Answer("/order/202309/orders/search", "search_orders.json");

        var page = await _h.Shop.Orders.GetOrderPageAsync();

        Assert.Equal(22113, page.TotalCount);
        Assert.Equal("6AsPQsUMvH3RkchNUPPh22NROHkE0D8pmq/N5M1kHYcZmtRyv9aVrNv65W7Q6tFA+7D1ud64MPNz5OaT", page.NextPageToken);
        var order = Assert.Single(page.Orders);
        Assert.Equal(("576461413038785752", TikTokOrderStatus.Unpaid), (order.Id, order.Status));
        Assert.Equal(At(1619611688), order.RtsSlaTime);
        Assert.Equal(At(1678389618), order.DeliverySlaTime);
        Assert.Equal("red_iphone_256", Assert.Single(order.LineItems).SellerSku);
        Assert.Equal(5000m, order.Payment!.TotalAmount);
    }

    [Fact]
    public async Task Get_order_detail_202507()
    {
        Answer("/order/202507/orders", "get_order_detail.json");

        var order = await _h.Shop.Orders.GetOrderAsync("576461413038785752");

        Assert.Equal(At(1619611688), order.RtsSlaTime);
        Assert.Equal(At(1619611761), order.TtsSlaTime);
        Assert.Equal(At(1678389618), order.DeliverySlaTime);
        Assert.Equal(At(1678389618), order.ShippingDueTime);
        Assert.Equal(("7", "BUSINESS_DAY"), (order.HandlingDuration!.Days, order.HandlingDuration.Type));
        Assert.Equal("1152321127278713123", Assert.Single(order.Packages).Id);
        Assert.Equal("US", order.RecipientAddress!.RegionCode);
        var item = Assert.Single(order.LineItems);
        Assert.Equal("TO_SHIP", item.DisplayStatus.Value); // undocumented value, kept as sent
        Assert.Equal(("1153132168123859123", "JX12345"), (item.PackageId, item.TrackingNumber));
        Assert.Equal(1, Assert.Single(item.CombinedListingSkus).SkuCount);
    }

    [Fact]
    public async Task Mark_package_shipped()
    {
        Answer("/fulfillment/202309/orders/32131324123321/packages", "mark_package_shipped.json");

        var result = await _h.Shop.Fulfillment.MarkShippedAsync(new TikTokShipment("32131324123321", ["31322412312312"], FakeTikTokShop.RoyalMailProviderId, "RM1GB"));

        Assert.Equal(TikTokShipmentOutcome.Shipped, result.Outcome);
        Assert.Equal(("32131324123321", "32141235124234", "match more than one provider"), (result.OrderId, result.PackageId, result.Warning));
        Assert.Equal(["31322412312312"], result.LineItemIds);
    }

    [Fact]
    public async Task Update_shipping_info()
    {
        Answer("/fulfillment/202309/orders/1/shipping_info/update", "update_shipping_info.json");

        var result = await _h.Shop.Fulfillment.UpdateShippingInfoAsync("1", FakeTikTokShop.RoyalMailProviderId, "RM1GB");

        Assert.Equal(TikTokShipmentOutcome.Updated, result.Outcome);
    }

    [Fact]
    public async Task Get_tracking()
    {
        Answer("/fulfillment/202309/orders/1/tracking", "get_tracking.json");

        var tracking = Assert.Single(await _h.Shop.Fulfillment.GetTrackingAsync("1"));

        Assert.Equal("Your package was delivered!\n", tracking.Description);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1694685539000), tracking.UpdateTime);
    }

    [Fact]
    public async Task Get_warehouses_delivery_options_and_shipping_providers()
    {
        Answer("/logistics/202309/warehouses", "get_warehouses.json");
        Answer("/logistics/202309/warehouses/7000714532876273410/delivery_options", "get_delivery_options.json");
        Answer("/logistics/202309/delivery_options/6955034615128000261/shipping_providers", "get_shipping_providers.json");

        var warehouse = Assert.Single(await _h.Shop.Logistics.GetWarehousesAsync());
        var option = Assert.Single(await _h.Shop.Logistics.GetDeliveryOptionsAsync(warehouse.Id));
        var provider = Assert.Single(await _h.Shop.Logistics.GetShippingProvidersAsync(option.Id));

        Assert.Equal(("7000714532876273410", "Guangzhou", true, "SALES_WAREHOUSE"), (warehouse.Id, warehouse.Name, warehouse.IsDefault, warehouse.Type));
        Assert.Equal(("CN", "GuanZhou", "510000"), (warehouse.Address!.RegionCode, warehouse.Address.City, warehouse.Address.PostalCode));
        Assert.Equal(("6955034615128000261", "STANDARD"), (option.Id, option.Type));
        Assert.Equal(new TikTokShippingProvider("7117858858072016686", "USPS"), provider);
    }

    [Fact]
    public async Task Update_inventory_with_a_refused_sku()
    {
        Answer("/product/202309/products/1729592969712207008/inventory/update", "update_inventory.json");

        var result = await _h.Shop.Products.UpdateInventoryAsync("1729592969712207008", [new TikTokSkuStock("1729592969712207013", [new TikTokWarehouseStock("7068517275539719942", 5)])]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("1729592969712207013", 12052990), (error.SkuId, error.Code));
        Assert.Equal(new TikTokWarehouseError("7068517275539719942", 12052097, "The warehouse does not exist"), Assert.Single(error.WarehouseErrors));
    }

    [Fact]
    public async Task Inventory_search()
    {
        Answer("/product/202309/inventory/search", "inventory_search.json");

        var product = Assert.Single(await _h.Shop.Products.SearchInventoryAsync(productIds: ["1729592969712207008"]));

        var sku = Assert.Single(product.Skus);
        Assert.Equal(("1729388324987897824", "Color-Red-XM01", 100, 10), (sku.Id, sku.SellerSku, sku.TotalAvailableQuantity, sku.TotalCommittedQuantity));
        Assert.Equal(new TikTokWarehouseInventory("7054915283043174149", 100, 10), Assert.Single(sku.WarehouseInventory!));
    }

    [Fact]
    public async Task Shop_webhooks_get_update_delete()
    {
        Answer("/event/202309/webhooks", "get_shop_webhooks.json");
        var hook = Assert.Single(await _h.Shop.Webhooks.GetAsync());
        Assert.Equal(("ORDER_STATUS_CHANGE", "https://partner.tiktokshop.com", At(1635338186)), (hook.EventType, hook.Address, hook.CreateTime));

        Answer("/event/202309/webhooks", "update_shop_webhook.json");
        await _h.Shop.Webhooks.SetAsync("ORDER_STATUS_CHANGE", new Uri("https://example.com/tiktok"));
        Answer("/event/202309/webhooks", "delete_shop_webhook.json");
        await _h.Shop.Webhooks.DeleteAsync("ORDER_STATUS_CHANGE");
        Assert.Empty(_h.Fake.GetWebhookSubscriptions()); // both answered by the examples, not the fake
    }

    [Theory]
    [InlineData("token_get.json", false)]
    [InlineData("token_get.test_access_token.json", true)]
    public async Task Token_exchange(string example, bool hasScopes)
    {
        Answer("/api/v2/token/get", example);

        var token = await _h.Auth.ExchangeCodeAsync("any-code");

        Assert.Equal(("7010736057180325637", "Jjj test shop", "ID"), (token.SellerId, token.SellerName, token.SellerBaseRegion));
        Assert.Equal((At(1660556783), At(1691487031)), (token.AccessTokenExpiresAt, token.RefreshTokenExpiresAt));
        Assert.Equal(hasScopes ? ["seller.affiliate_collaboration.read", "seller.affiliate_collaboration.write"] : [], token.GrantedScopes);
    }

    [Fact]
    public async Task Token_refresh()
    {
        Answer("/api/v2/token/refresh", "token_refresh.json");

        var token = await _h.Auth.RefreshAsync(FakeTikTokShop.DefaultSellerId);

        Assert.StartsWith("TTP_Fw8rBwAAAAAkW03FYd09DG", token.AccessToken, StringComparison.Ordinal);
        Assert.Equal(token, await _h.Tokens.GetAsync(FakeTikTokShop.DefaultSellerId));
    }

    [Fact]
    public void Webhook_order_status_change()
    {
        var e = Assert.IsType<TikTokOrderStatusChangedEvent>(TikTokShopWebhookParser.Parse(Encoding.UTF8.GetBytes(Example("webhook_order_status_change.json"))));

        Assert.Equal(("7327112393057371910", "7494049642642441621", At(1644412885)), (e.NotificationId, e.ShopId, e.Timestamp));
        Assert.Equal(("576486316948490001", TikTokOrderStatus.Unpaid, false), (e.OrderId, e.OrderStatus, e.IsOnHoldOrder));
        Assert.True(e.HasTikTokNotificationId);
    }

    [Fact]
    public void Webhook_recipient_address_update_without_notification_id()
    {
        var e = Assert.IsType<TikTokRecipientAddressUpdatedEvent>(TikTokShopWebhookParser.Parse(Encoding.UTF8.GetBytes(Example("webhook_recipient_address_update.json"))));

        Assert.Equal(("576486316948490001", At(1644412885)), (e.OrderId, e.UpdateTime));
        Assert.False(e.HasTikTokNotificationId);
        Assert.StartsWith(TikTokShopWebhookParser.FallbackKeyPrefix, e.NotificationId, StringComparison.Ordinal);
    }

    [Fact]
    public void Webhook_package_update()
    {
        var e = Assert.IsType<TikTokPackageUpdatedEvent>(TikTokShopWebhookParser.Parse(Encoding.UTF8.GetBytes(Example("webhook_package_update.json"))));

        Assert.Equal((TikTokPackageUpdateType.Combine, "ROLE_USER"), (e.ScType, e.RoleType));
        var package = Assert.Single(e.Packages);
        Assert.Equal("123456", package.PackageId);
        Assert.Equal(["152523", "532123"], package.OrderIds);
    }

    [Fact]
    public void Webhook_seller_deauthorization_and_upcoming_expiration()
    {
        var gone = Assert.IsType<TikTokSellerDeauthorizedEvent>(TikTokShopWebhookParser.Parse(Encoding.UTF8.GetBytes(Example("webhook_seller_deauthorization.json"))));
        var expiring = Assert.IsType<TikTokAuthorizationExpiringEvent>(TikTokShopWebhookParser.Parse(Encoding.UTF8.GetBytes(Example("webhook_upcoming_authorization_expiration.json"))));

        Assert.Equal("Shop_id {xxx} is deauthorized from your APP by merchant.", gone.Message);
        Assert.Equal(At(1627587506), expiring.ExpirationTime); // sent as a string of seconds
    }

    [Fact]
    public void Webhook_cancellation_status_change()
    {
        var e = Assert.IsType<TikTokCancellationStatusChangedEvent>(TikTokShopWebhookParser.Parse(Encoding.UTF8.GetBytes(Example("webhook_cancellation_status_change.json"))));

        Assert.Equal(("576486316948490001", "CANCELLATION_REQUEST_PENDING", "BUYER", "4035318504086604100", At(1627587600)), (e.OrderId, e.CancelStatus, e.CancellationsRole, e.CancelId, e.CreateTime));
    }

    [Fact]
    public async Task A_signed_webhook_without_notification_id_is_accepted_and_its_redelivery_is_a_duplicate()
    {
        var body = Encoding.UTF8.GetBytes(Example("webhook_recipient_address_update.json"));
        var verifier = new TikTokShopWebhookVerifier(FakeTikTokShop.DefaultAppKey, FakeTikTokShop.DefaultAppSecret);
        var time = new FakeTimeProvider(At(1644412885).AddMinutes(2));
        var receiver = new TikTokShopWebhookReceiver(verifier, new InMemoryTikTokShopNotificationStore(time), time);

        var first = await receiver.ReceiveAsync(body, verifier.Sign(body));
        var again = await receiver.ReceiveAsync(body, verifier.Sign(body));
        var other = Encoding.UTF8.GetBytes(Example("webhook_recipient_address_update.json").Replace("576486316948490001", "576486316948490002", StringComparison.Ordinal));
        var different = await receiver.ReceiveAsync(other, verifier.Sign(other));

        Assert.False(first.IsDuplicate);
        Assert.IsType<TikTokRecipientAddressUpdatedEvent>(first.Event);
        Assert.True(again.IsDuplicate);
        Assert.False(different.IsDuplicate);
    }
}
