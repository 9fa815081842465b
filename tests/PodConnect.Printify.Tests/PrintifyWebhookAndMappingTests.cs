using PodConnect.Printify.Internal;
using System.Text;
using System.Text.Json;
using PodConnect.Errors;
using PodConnect.Printify.Models;
using PodConnect.Printify.Serialization;
using PodConnect.Printify.Webhooks;
using PodConnect.Providers;

namespace PodConnect.Printify.Tests;

public class PrintifyWebhookAndMappingTests
{
    private const string Secret = "s3cret";
    private static readonly byte[] ShipmentCreated = Example("webhook_shipment_created.json");

    private static byte[] Example(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Examples", name));

    private static PodWebhookRequest Signed(byte[] body, string? signature = null) =>
        new(body, [new("X-Pfy-Signature", signature ?? PrintifyWebhookParser.Sign(Secret, body))]);

    private static PrintifyWebhookParser Parser() => new(new PrintifyClientOptions { WebhookSecret = Secret });

    [Fact]
    public void A_signed_shipment_webhook_parses_with_its_tracking()
    {
        var e = Parser().Parse(Signed(ShipmentCreated));
        Assert.Equal(PodWebhookEventKind.ShipmentUpdated, e.Kind);
        Assert.Equal("5a96f649b2439217d070f507", e.ProviderOrderId);
        Assert.Equal("653b6be8-2ff7-4ab5-a7a6-6889a8b3bbf5", e.DeduplicationKey);
        var shipment = Assert.Single(e.Shipments);
        Assert.Equal("USPS", shipment.Carrier);
        Assert.Equal("9400110200881888828486", shipment.TrackingNumber);
        Assert.Equal(new DateTimeOffset(2022, 5, 17, 15, 0, 0, TimeSpan.Zero), shipment.ShippedAt);
    }

    [Theory]
    [InlineData("order:created", PodWebhookEventKind.OrderCreated, null)]
    [InlineData("order:updated", PodWebhookEventKind.OrderStatusChanged, PodOrderStatus.InProduction)]
    [InlineData("order:sent-to-production", PodWebhookEventKind.OrderStatusChanged, PodOrderStatus.Received)]
    [InlineData("order:shipment:delivered", PodWebhookEventKind.ShipmentUpdated, PodOrderStatus.Delivered)]
    [InlineData("product:deleted", PodWebhookEventKind.Other, null)]
    [InlineData("something:new", PodWebhookEventKind.Other, null)]
    public void Every_topic_maps(string type, PodWebhookEventKind kind, PodOrderStatus? status)
    {
        var body = Encoding.UTF8.GetBytes("""{"id":"e1","type":"TYPE","created_at":"2022-05-17 15:00:00+00:00","resource":{"id":"o1","type":"order","data":{"shop_id":815256,"status":"in-production"}}}""".Replace("TYPE", type, StringComparison.Ordinal));
        var e = Parser().Parse(Signed(body));
        Assert.Equal(kind, e.Kind);
        Assert.Equal(status, e.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sha256=00")]
    [InlineData("sha256=zz")]
    [InlineData("md5=abc")]
    public void A_forged_or_unsigned_delivery_is_rejected(string? signature)
    {
        var request = signature is null ? new PodWebhookRequest(ShipmentCreated) : Signed(ShipmentCreated, signature);
        Assert.Throws<WebhookVerificationException>(() => Parser().Parse(request));
    }

    [Fact]
    public void A_signature_of_another_body_is_rejected()
    {
        var tampered = ShipmentCreated.ToArray();
        tampered[^5] ^= 1;
        Assert.Throws<WebhookVerificationException>(() => Parser().Parse(Signed(tampered, PrintifyWebhookParser.Sign(Secret, ShipmentCreated))));
    }

    [Fact]
    public void Without_a_secret_deliveries_are_refused_unless_explicitly_allowed()
    {
        Assert.Throws<WebhookVerificationException>(() => new PrintifyWebhookParser(new PrintifyClientOptions()).Parse(new PodWebhookRequest(ShipmentCreated)));
        Assert.Equal(PodWebhookEventKind.ShipmentUpdated, new PrintifyWebhookParser(new PrintifyClientOptions { AllowUnverifiedWebhooks = true }).Parse(new PodWebhookRequest(ShipmentCreated)).Kind);
    }

    [Theory]
    [InlineData("pending", PodOrderStatus.Received)]
    [InlineData("on-hold", PodOrderStatus.Received)]
    [InlineData("sending-to-production", PodOrderStatus.Received)]
    [InlineData("in-production", PodOrderStatus.InProduction)]
    [InlineData("partially-fulfilled", PodOrderStatus.Shipped)]
    [InlineData("fulfilled", PodOrderStatus.Shipped)]
    [InlineData("canceled", PodOrderStatus.Cancelled)]
    [InlineData("payment-not-received", PodOrderStatus.OnHold)]
    [InlineData("had-issues", PodOrderStatus.OnHold)]
    [InlineData("something-new", PodOrderStatus.Received)]
    public void Every_status_maps(string status, PodOrderStatus expected)
    {
        Assert.Equal(expected, PrintifyStatusMapper.Map(new PrintifyOrderStatus(status)));
    }

    [Fact]
    public void Every_documented_status_is_known()
    {
        Assert.Equal(9, PrintifyOrderStatus.Known.Count);
        Assert.All(PrintifyOrderStatus.Known, s => Assert.True(s.IsKnown));
        Assert.False(new PrintifyOrderStatus("x").IsKnown);
    }

    [Fact]
    public void The_published_order_maps_fully_and_is_delivered_when_every_shipment_is()
    {
        var order = JsonSerializer.Deserialize(Example("order.json"), PrintifyJsonContext.Default.PrintifyOrder)!;
        var pod = PrintifyMapping.ToPodOrder(order, "USD");

        Assert.Equal(PodOrderStatus.Delivered, pod.Status);
        Assert.Equal("fulfilled", pod.RawStatus);
        Assert.Equal(new PodConnect.Domain.Money(26.00m, "USD"), pod.Cost);
        Assert.Equal(new DateTimeOffset(2017, 4, 18, 13, 24, 28, TimeSpan.Zero), pod.CreatedAt);
        Assert.Equal("1370762297", pod.ExternalId); // no external_id in the example: the sales channel's label
        var shipment = Assert.Single(pod.Shipments);
        Assert.Equal("usps", shipment.Carrier);
        Assert.Equal("94001116990045395649372", shipment.TrackingNumber);
        Assert.Equal("United States", order.LineItems![0].Metadata!.Country);
    }

    [Fact]
    public void The_published_shipping_answer_maps_each_method_once()
    {
        var costs = JsonSerializer.Deserialize(Example("shipping.json"), PrintifyJsonContext.Default.DictionaryStringInt64)!;
        var quote = PrintifyMapping.ToPodQuote(costs, "USD");
        Assert.Equal(4, quote.ShippingOptions.Count);
        Assert.Equal(10.00m, quote.ShippingOptions.Single(o => o.MethodId == "1").Price.Amount);
    }

    [Theory]
    [InlineData("sku:MY-SKU")]
    [InlineData("abc/1")]
    [InlineData("9/5/17887")]
    public void The_three_line_forms_are_accepted(string productId)
    {
        var line = PrintifyProductId.ToLineItem(productId, 1, [new PodPrintFile("front", new Uri("https://files.example/a.png"))]);
        Assert.Equal(1, line.Quantity);
    }

    [Theory]
    [InlineData("")]
    [InlineData("just-text")]
    [InlineData("a/b/c")]
    public void Other_product_ids_are_refused_naming_the_forms(string productId)
    {
        Assert.Contains("product_id/variant_id", Assert.Throws<ArgumentException>(() => PrintifyProductId.ToLineItem(productId, 1, [])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_product_made_with_the_order_needs_print_files()
    {
        Assert.Equal("line_items.print_areas", Assert.Throws<PodFieldLimitException>(() => PrintifyProductId.ToLineItem("9/5/17887", 1, [])).Field);
    }
}
