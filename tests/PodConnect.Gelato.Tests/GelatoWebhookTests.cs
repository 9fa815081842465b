using PodConnect.Testing.Common;
using System.Text;
using PodConnect.Errors;
using PodConnect.Gelato.Webhooks;
using PodConnect.Providers;

namespace PodConnect.Gelato.Tests;

public sealed class GelatoWebhookTests
{
    private const string Header = "X-PodConnect-Webhook-Secret";
    private static readonly GelatoWebhookParser Parser = new(new GelatoClientOptions { WebhookSecret = "s3cret" });

    private static PodWebhookRequest Delivery(string json, string? secret = "s3cret", string header = Header) =>
        new(Encoding.UTF8.GetBytes(json), secret is null ? [] : [new(header, secret)]);

    [Fact]
    public void Order_status_updated_carries_status_and_tracking_from_item_fulfillments()
    {
        var e = Parser.Parse(Delivery("""
            {"id":"os_5e5680ce494f6","event":"order_status_updated","orderId":"a6a1f9ce-2bdd-4a9e-9f8d-0009df0e24d9","storeId":null,
             "orderReferenceId":"576461413038785752","fulfillmentStatus":"shipped",
             "items":[{"itemReferenceId":"i1","fulfillmentStatus":"shipped","fulfillments":[
                {"trackingCode":"code123","trackingUrl":"http://track.example/code123","shipmentMethodName":"DHL Express Domestic BR",
                 "shipmentMethodUid":"dhl_express_domestic_br","fulfillmentCountry":"BR","fulfillmentStateProvince":"SP","fulfillmentFacilityId":"940f"}]},
               {"itemReferenceId":"i2","fulfillmentStatus":"shipped","fulfillments":[{"trackingCode":"code123","trackingUrl":"http://track.example/code123"}]}]}
            """));

        Assert.Equal(PodWebhookEventKind.OrderStatusChanged, e.Kind);
        Assert.Equal("order_status_updated", e.EventType);
        Assert.Equal("os_5e5680ce494f6", e.DeduplicationKey);
        Assert.Equal("a6a1f9ce-2bdd-4a9e-9f8d-0009df0e24d9", e.ProviderOrderId);
        Assert.Equal("576461413038785752", e.ExternalId);
        Assert.Equal(PodOrderStatus.Shipped, e.Status);
        Assert.Equal("shipped", e.RawStatus);
        var parcel = Assert.Single(e.Shipments);
        Assert.Equal("code123", parcel.TrackingNumber);
        Assert.Equal("DHL Express Domestic BR", parcel.Carrier);
        Assert.Equal(new Uri("http://track.example/code123"), parcel.TrackingUrl);
    }

    [Fact]
    public void Order_item_status_updated_carries_the_item_status_and_comment()
    {
        var e = Parser.Parse(Delivery("""
            {"id":"ois_1","event":"order_item_status_updated","itemReferenceId":"i1","orderReferenceId":"R1","orderId":"G1","storeId":null,
             "fulfillmentCountry":"DE","fulfillmentStateProvince":"BE","fulfillmentFacilityId":"f1","status":"failed","comment":"File could not be downloaded",
             "created":"2024-03-21T10:15:00+00:00"}
            """));

        Assert.Equal(PodWebhookEventKind.OrderStatusChanged, e.Kind);
        Assert.Equal(PodOrderStatus.Failed, e.Status);
        Assert.Equal("File could not be downloaded", e.Reason);
        Assert.Equal(new DateTimeOffset(2024, 3, 21, 10, 15, 0, TimeSpan.Zero), e.OccurredAt);
    }

    [Fact]
    public void Order_item_tracking_code_updated_carries_the_parcel()
    {
        var e = Parser.Parse(Delivery("""
            {"id":"otc_1","event":"order_item_tracking_code_updated","orderId":"G1","storeId":null,"itemReferenceId":"i1","orderReferenceId":"R1",
             "trackingCode":"JD014600003828","trackingUrl":"https://track.example/JD014600003828","shipmentMethodName":"Royal Mail Tracked 48",
             "shipmentMethodUid":"royal_mail_tracked","productionCountry":"GB","productionStateProvince":"ENG","productionFacilityId":"f9",
             "created":"2024-03-22T08:00:00Z"}
            """));

        Assert.Equal(PodWebhookEventKind.ShipmentUpdated, e.Kind);
        var parcel = Assert.Single(e.Shipments);
        Assert.Equal("JD014600003828", parcel.TrackingNumber);
        Assert.Equal("Royal Mail Tracked 48", parcel.Carrier);
        Assert.Null(e.Status);
    }

    [Fact]
    public void Order_delivery_estimate_updated_carries_the_window_in_either_date_form()
    {
        var e = Parser.Parse(Delivery("""
            {"id":"ode_1","event":"order_delivery_estimate_updated","orderId":"G1","storeId":null,"orderReferenceId":"R1",
             "minDeliveryDate":"2024-04-02","maxDeliveryDate":1712188800,"created":"2024-03-30T08:00:00Z"}
            """));

        Assert.Equal(PodWebhookEventKind.DeliveryEstimateUpdated, e.Kind);
        Assert.Equal(new DateOnly(2024, 4, 2), e.DeliveryEstimate.Min);
        Assert.Equal(new DateOnly(2024, 4, 4), e.DeliveryEstimate.Max);
    }

    [Fact]
    public void An_unknown_event_parses_to_other_and_the_legacy_object_field_is_understood()
    {
        var unknown = Parser.Parse(Delivery("""{"id":"sp_1","event":"store_product_created","storeProductId":"p1"}"""));
        Assert.Equal(PodWebhookEventKind.Other, unknown.Kind);
        Assert.Equal("store_product_created", unknown.EventType);

        var legacy = Parser.Parse(Delivery("""{"id":"os_9","object":"orderStatus","orderId":"G1","orderReferenceId":"R1","fulfillmentStatus":"printed"}"""));
        Assert.Equal("order_status_updated", legacy.EventType);
        Assert.Equal(PodOrderStatus.InProduction, legacy.Status);
    }

    [Theory]
    [InlineData("wrong")]
    [InlineData("s3cre")]
    [InlineData(null)]
    public void A_delivery_without_the_right_secret_is_rejected(string? secret)
    {
        var error = Assert.Throws<WebhookVerificationException>(() => Parser.Parse(Delivery("""{"id":"x","event":"order_status_updated"}""", secret)));
        Assert.Contains(Header, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
        Assert.Equal("gelato", error.Service);
    }

    [Fact]
    public void Without_a_configured_secret_deliveries_are_rejected_unless_explicitly_allowed()
    {
        var json = """{"id":"x","event":"order_status_updated","fulfillmentStatus":"passed"}""";
        var error = Assert.Throws<WebhookVerificationException>(() => new GelatoWebhookParser(new GelatoClientOptions()).Parse(Delivery(json)));
        Assert.Contains("GelatoClientOptions.WebhookSecret", error.Message, StringComparison.Ordinal);

        var allowed = new GelatoWebhookParser(new GelatoClientOptions { AllowUnverifiedWebhooks = true }).Parse(Delivery(json, secret: null));
        Assert.Equal(PodOrderStatus.Received, allowed.Status);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"id\":\"x\"}")]
    [InlineData("{\"event\":\"order_status_updated\",\"fulfillmentStatus\":{}}")]
    public void A_body_that_is_not_a_gelato_event_is_malformed(string body) =>
        Assert.Throws<MalformedResponseException>(() => Parser.Parse(Delivery(body)));

    [Fact]
    public async Task The_fakes_lifecycle_webhooks_verify_and_parse_end_to_end()
    {
        using var receiver = new WebhookRecorder();
        using var h = new GelatoHarness();
        h.Fake.WebhookUrl = receiver.UrlFor("/webhooks/gelato");
        var placed = await h.Provider.PlaceOrderAsync(GelatoHarness.Order());

        await h.Fake.StartProductionAsync(placed.Order.ProviderOrderId);
        await h.Fake.ShipAsync(placed.Order.ProviderOrderId, "TRK-1", "https://track.example/TRK-1");
        var events = receiver.Deliveries.Select(h.Provider.ParseWebhook).ToList();

        Assert.Equal(
            [PodWebhookEventKind.OrderStatusChanged, PodWebhookEventKind.ShipmentUpdated, PodWebhookEventKind.OrderStatusChanged],
            events.Select(e => e.Kind));
        Assert.Equal(PodOrderStatus.InProduction, events[0].Status);
        Assert.Equal("TRK-1", events[1].Shipments.Single().TrackingNumber);
        Assert.Equal(PodOrderStatus.Shipped, events[2].Status);
        Assert.All(events, e => Assert.Equal("576461413038785752", e.ExternalId));
        Assert.Equal(3, events.Select(e => e.DeduplicationKey).Distinct().Count());

        h.Fake.WebhookSecret = "forged";
        await h.Fake.DeliverAsync(placed.Order.ProviderOrderId);
        Assert.Throws<WebhookVerificationException>(() => h.Provider.ParseWebhook(receiver.Deliveries[^1]));
    }
}
