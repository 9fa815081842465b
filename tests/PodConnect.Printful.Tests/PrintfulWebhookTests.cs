using PodConnect.Testing.Common;
using System.Text;
using PodConnect.Errors;
using PodConnect.Printful.Webhooks;
using PodConnect.Providers;
using PodConnect.Testing.Printful;

namespace PodConnect.Printful.Tests;

public sealed class PrintfulWebhookTests
{
    private const string Secret = "3f1c6e0b9a7d4e21b5c8f0a2d6e4b7c91a3f5e7d9b2c4a6e8f0d1b3c5a7e9f20";
    private static readonly PrintfulWebhookParser Parser = new(new PrintfulClientOptions { WebhookSecretKey = Secret, WebhookUrlToken = "tok" });

    private static PodWebhookRequest V1(string json, string? query = "?token=tok") => new(Encoding.UTF8.GetBytes(json), [], query);

    private static PodWebhookRequest V2(string json, string? signature = null)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return new PodWebhookRequest(body, [new("X-PF-Webhook-Signature", signature ?? WebhookSecrets.HmacSha256Hex(Convert.FromHexString(Secret), body))]);
    }

    private static string V1Event(string type, string status, string extra = "") =>
        "{\"type\":\"" + type + "\",\"created\":1622456737,\"retries\":0,\"store\":12,\"data\":{" + extra
        + "\"order\":{\"id\":13,\"external_id\":\"576461413038785752\",\"status\":\"" + status + "\"}}}";

    private static string V2Event(string type, string status, string extra = "") =>
        "{\"type\":\"" + type + "\",\"occurred_at\":\"2023-04-05T06:07:08Z\",\"retries\":0,\"store_id\":12,\"data\":{" + extra
        + "\"order\":{\"id\":13,\"external_id\":\"576461413038785752\",\"status\":\"" + status + "\"}}}";

    private const string V1Shipment =
        """
        "shipment":{"id":10,"carrier":"FEDEX","service":"FedEx SmartPost","tracking_number":"0000000000","tracking_url":"https://www.fedex.com/fedextrack/?tracknumbers=0000000000","created":1588716060,"ship_date":"2020-05-05","shipped_at":"1588716060","reshipment":false},
        """;

    private const string V2Shipment =
        """
        "shipment":{"id":10,"status":"shipped","store_id":12,"tracking_number":"0000000000","tracking_url":"https://track.example/0","created_at":"2023-04-05T06:07:08Z","ship_date":"2023-04-05","shipped_at":"2023-04-05T06:07:08Z","reshipment":false},
        """;

    [Theory]
    [InlineData("package_shipped", "fulfilled", PodWebhookEventKind.ShipmentUpdated, PodOrderStatus.Shipped)]
    [InlineData("package_returned", "fulfilled", PodWebhookEventKind.ShipmentUpdated, PodOrderStatus.Shipped)]
    [InlineData("order_created", "draft", PodWebhookEventKind.OrderCreated, PodOrderStatus.Received)]
    [InlineData("order_updated", "inprocess", PodWebhookEventKind.OrderStatusChanged, PodOrderStatus.InProduction)]
    [InlineData("order_failed", "failed", PodWebhookEventKind.OrderStatusChanged, PodOrderStatus.Failed)]
    [InlineData("order_canceled", "canceled", PodWebhookEventKind.OrderStatusChanged, PodOrderStatus.Cancelled)]
    [InlineData("order_put_hold", "onhold", PodWebhookEventKind.OrderStatusChanged, PodOrderStatus.OnHold)]
    [InlineData("order_put_hold_approval", "onhold", PodWebhookEventKind.OrderStatusChanged, PodOrderStatus.OnHold)]
    [InlineData("order_remove_hold", "draft", PodWebhookEventKind.OrderStatusChanged, PodOrderStatus.Received)]
    [InlineData("product_synced", "draft", PodWebhookEventKind.Other, PodOrderStatus.Received)]
    [InlineData("stock_updated", "draft", PodWebhookEventKind.Other, PodOrderStatus.Received)]
    public void Every_v1_event_parses(string type, string status, PodWebhookEventKind kind, PodOrderStatus expected)
    {
        var shipment = type.StartsWith("package_", StringComparison.Ordinal) ? V1Shipment : "";
        var e = Parser.Parse(V1(V1Event(type, status, shipment + "\"reason\":\"why\",")));

        Assert.Equal(type, e.EventType);
        Assert.Equal(kind, e.Kind);
        Assert.Equal(expected, e.Status);
        Assert.Equal("13", e.ProviderOrderId);
        Assert.Equal("576461413038785752", e.ExternalId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1622456737), e.OccurredAt);
        Assert.Equal("why", e.Reason);
        if (shipment.Length > 0)
        {
            var parcel = Assert.Single(e.Shipments);
            Assert.Equal(("10", "FEDEX", "0000000000"), (parcel.Id, parcel.Carrier, parcel.TrackingNumber));
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1588716060), parcel.ShippedAt);
        }
    }

    [Theory]
    [InlineData("shipment_sent", "fulfilled", PodWebhookEventKind.ShipmentUpdated, PodOrderStatus.Shipped)]
    [InlineData("shipment_returned", "fulfilled", PodWebhookEventKind.ShipmentUpdated, PodOrderStatus.Shipped)]
    [InlineData("shipment_out_of_stock", "onhold", PodWebhookEventKind.OrderStatusChanged, PodOrderStatus.OnHold)]
    [InlineData("order_created", "pending", PodWebhookEventKind.OrderCreated, PodOrderStatus.Received)]
    [InlineData("order_updated", "partial", PodWebhookEventKind.OrderStatusChanged, PodOrderStatus.Shipped)]
    [InlineData("order_failed", "failed", PodWebhookEventKind.OrderStatusChanged, PodOrderStatus.Failed)]
    [InlineData("order_canceled", "canceled", PodWebhookEventKind.OrderStatusChanged, PodOrderStatus.Cancelled)]
    [InlineData("order_put_hold", "onhold", PodWebhookEventKind.OrderStatusChanged, PodOrderStatus.OnHold)]
    [InlineData("order_put_hold_approval", "onhold", PodWebhookEventKind.OrderStatusChanged, PodOrderStatus.OnHold)]
    [InlineData("order_remove_hold", "pending", PodWebhookEventKind.OrderStatusChanged, PodOrderStatus.Received)]
    [InlineData("catalog_price_changed", "pending", PodWebhookEventKind.Other, PodOrderStatus.Received)]
    [InlineData("mockup_task_finished", "pending", PodWebhookEventKind.Other, PodOrderStatus.Received)]
    public void Every_v2_event_parses_when_signed(string type, string status, PodWebhookEventKind kind, PodOrderStatus expected)
    {
        var shipment = type.StartsWith("shipment_s", StringComparison.Ordinal) || type == "shipment_returned" ? V2Shipment : "";
        var e = Parser.Parse(V2(V2Event(type, status, shipment)));

        Assert.Equal(type, e.EventType);
        Assert.Equal(kind, e.Kind);
        Assert.Equal(expected, e.Status);
        Assert.Equal(new DateTimeOffset(2023, 4, 5, 6, 7, 8, TimeSpan.Zero), e.OccurredAt);
        if (shipment.Length > 0)
        {
            var parcel = Assert.Single(e.Shipments);
            Assert.Equal("0000000000", parcel.TrackingNumber);
            Assert.Equal(new Uri("https://track.example/0"), parcel.TrackingUrl);
        }
    }

    [Fact]
    public void Redeliveries_share_a_deduplication_key_and_distinct_events_do_not()
    {
        var a = Parser.Parse(V2(V2Event("shipment_sent", "fulfilled", V2Shipment)));
        var again = Parser.Parse(V2(V2Event("shipment_sent", "fulfilled", V2Shipment).Replace("\"retries\":0", "\"retries\":1", StringComparison.Ordinal)));
        var other = Parser.Parse(V2(V2Event("order_updated", "fulfilled")));
        Assert.Equal(a.DeduplicationKey, again.DeduplicationKey);
        Assert.NotEqual(a.DeduplicationKey, other.DeduplicationKey);
    }

    [Fact]
    public void A_forged_or_tampered_v2_delivery_is_rejected()
    {
        var json = V2Event("shipment_sent", "fulfilled", V2Shipment);
        var forged = WebhookSecrets.HmacSha256Hex(Encoding.UTF8.GetBytes("not-the-secret"), Encoding.UTF8.GetBytes(json));
        var error = Assert.Throws<WebhookVerificationException>(() => Parser.Parse(V2(json, forged)));
        Assert.Contains("x-pf-webhook-signature", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);

        var signed = V2(json);
        var tampered = new PodWebhookRequest(Encoding.UTF8.GetBytes(json.Replace("0000000000", "9999999999", StringComparison.Ordinal)), [new("x-pf-webhook-signature", signed.Header("x-pf-webhook-signature")!)]);
        Assert.Throws<WebhookVerificationException>(() => Parser.Parse(tampered));
        Assert.Throws<WebhookVerificationException>(() => Parser.Parse(V2(json, "")));
    }

    [Fact]
    public void A_key_used_as_text_rather_than_hex_bytes_also_verifies()
    {
        var json = V2Event("order_updated", "pending");
        var signature = WebhookSecrets.HmacSha256Hex(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(json));
        Assert.Equal("order_updated", Parser.Parse(V2(json, signature)).EventType);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("?token=wrong")]
    [InlineData("?other=tok")]
    public void An_unsigned_delivery_without_the_url_token_is_rejected(string? query)
    {
        var error = Assert.Throws<WebhookVerificationException>(() => Parser.Parse(V1(V1Event("package_shipped", "fulfilled"), query)));
        Assert.Contains("token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_configured_secrets_nothing_is_accepted_unless_explicitly_allowed()
    {
        var none = new PrintfulWebhookParser(new PrintfulClientOptions());
        Assert.Throws<WebhookVerificationException>(() => none.Parse(V1(V1Event("order_updated", "pending"))));
        Assert.Throws<WebhookVerificationException>(() => none.Parse(V2(V2Event("order_updated", "pending"))));
        var open = new PrintfulWebhookParser(new PrintfulClientOptions { AllowUnverifiedWebhooks = true });
        Assert.Equal("order_updated", open.Parse(V1(V1Event("order_updated", "pending"), null)).EventType);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("{}")]
    [InlineData("{\"type\":\"order_updated\",\"data\":{\"order\":{\"id\":\"not a number\"}}}")]
    public void A_body_that_is_not_a_printful_event_is_malformed(string body) =>
        Assert.Throws<MalformedResponseException>(() => Parser.Parse(V1(body)));

    [Theory]
    [InlineData(FakePrintfulWebhookVersion.V1)]
    [InlineData(FakePrintfulWebhookVersion.V2)]
    public async Task The_fakes_lifecycle_webhooks_verify_and_parse_end_to_end(FakePrintfulWebhookVersion version)
    {
        using var receiver = new WebhookRecorder();
        using var h = new PrintfulHarness();
        h.Fake.WebhookUrl = receiver.UrlFor("/webhooks/printful?token=" + PrintfulHarness.UrlToken);
        h.Fake.WebhookVersion = version;
        var placed = await h.Provider.PlaceOrderAsync(PrintfulHarness.Order());
        var id = long.Parse(placed.Order.ProviderOrderId);

        await h.Fake.StartProductionAsync(id);
        await h.Fake.ShipAsync(id, trackingNumber: "TRK-9", trackingUrl: "https://track.example/TRK-9");
        var events = receiver.Deliveries.Select(h.Provider.ParseWebhook).ToList();

        Assert.Equal([PodWebhookEventKind.OrderStatusChanged, PodWebhookEventKind.ShipmentUpdated], events.Select(e => e.Kind));
        Assert.Equal(PodOrderStatus.InProduction, events[0].Status);
        Assert.Equal(PodOrderStatus.Shipped, events[1].Status);
        Assert.Equal("TRK-9", events[1].Shipments.Single().TrackingNumber);
        Assert.All(events, e => Assert.Equal("576461413038785752", e.ExternalId));

        if (version == FakePrintfulWebhookVersion.V2)
        {
            h.Fake.WebhookSecretKey = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
            await h.Fake.FailAsync(id);
            Assert.Throws<WebhookVerificationException>(() => h.Provider.ParseWebhook(receiver.Deliveries[^1]));
        }
    }
}
