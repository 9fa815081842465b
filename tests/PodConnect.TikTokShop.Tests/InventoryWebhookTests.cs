using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Orders;
using PodConnect.TikTokShop.Webhooks;

namespace PodConnect.TikTokShop.Tests;

/// <summary>Type 27 (inventory status change) and the webhook CANCEL status, through the receiver.</summary>
public sealed class InventoryWebhookTests : IDisposable
{
    private readonly Harness _h = new();

    public void Dispose() => _h.Dispose();

    private Task<TikTokShopWebhookReceipt> Receive(string body) =>
        _h.Provider.GetRequiredService<TikTokShopWebhookReceiver>().ReceiveAsync(Encoding.UTF8.GetBytes(body), _h.Fake.SignWebhook(body));

    [Fact]
    public async Task A_predicted_stock_out_is_a_typed_event()
    {
        // TikTok's page for type 27 documents these fields; its example lacks commas, so it is rebuilt here.
        var body = _h.Fake.CreateWebhookBody(27, new JsonObject
        {
            ["product_id"] = "732357708734418520388",
            ["sku_id"] = "73235770873441823254",
            ["trigger_reason"] = new JsonObject { ["alert_type"] = "PREDICTION", ["lead_days"] = 21 },
            ["current_inventory_status"] = "LOW_STOCK",
            ["inventory_distribution"] = new JsonObject
            {
                ["total_quantity"] = 100, ["available_quantity"] = 50, ["creator_reserved_quantity"] = 20, ["campaign_reserved_quantity"] = 20, ["committed_quantity"] = 10,
            },
            ["update_time"] = 1627587600,
        });

        var e = Assert.IsType<TikTokInventoryStatusChangedEvent>((await Receive(body)).Event);

        Assert.Equal(("732357708734418520388", "73235770873441823254"), (e.ProductId, e.SkuId));
        Assert.Equal((TikTokInventoryAlertType.Prediction, 21, (int?)null), (e.AlertType, e.LeadDays, e.LowStockThreshold));
        Assert.Equal(TikTokInventoryStatus.LowStock, e.CurrentInventoryStatus);
        Assert.Equal(new TikTokInventoryDistribution(100, 50, 20, 20, 10), e.InventoryDistribution);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1627587600), e.UpdateTime);
    }

    [Fact]
    public async Task A_realtime_out_of_stock_carries_its_threshold()
    {
        var body = _h.Fake.CreateWebhookBody(27, new JsonObject
        {
            ["product_id"] = "1",
            ["sku_id"] = "2",
            ["trigger_reason"] = new JsonObject { ["alert_type"] = "REALTIME", ["low_stock_threshold"] = 0 },
            ["current_inventory_status"] = "OUT_OF_STOCK",
        });

        var e = Assert.IsType<TikTokInventoryStatusChangedEvent>((await Receive(body)).Event);

        Assert.Equal((TikTokInventoryAlertType.Realtime, (int?)0, TikTokInventoryStatus.OutOfStock), (e.AlertType, e.LowStockThreshold, e.CurrentInventoryStatus));
        Assert.Null(e.InventoryDistribution);
    }

    [Fact]
    public async Task The_webhooks_CANCEL_reads_as_Cancelled()
    {
        var body = _h.Fake.CreateWebhookBody(1, new JsonObject { ["order_id"] = "9", ["order_status"] = "CANCEL", ["update_time"] = 1 });

        var e = Assert.IsType<TikTokOrderStatusChangedEvent>((await Receive(body)).Event);

        Assert.Equal(TikTokOrderStatus.Cancelled, e.OrderStatus);
    }

    [Fact]
    public async Task An_unknown_type_keeps_its_raw_data()
    {
        var body = _h.Fake.CreateWebhookBody(99, new JsonObject { ["anything"] = "x" });

        var e = (await Receive(body)).Event;

        Assert.Equal(typeof(TikTokShopWebhookEvent), e.GetType());
        Assert.Equal("x", e.Data.GetProperty("anything").GetString());
    }
}
