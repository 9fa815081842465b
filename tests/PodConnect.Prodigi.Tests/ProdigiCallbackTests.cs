using System.Text;
using PodConnect.Errors;
using PodConnect.Providers;
using PodConnect.Prodigi.Webhooks;

namespace PodConnect.Prodigi.Tests;

public class ProdigiCallbackTests
{
    private static readonly byte[] Sample = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Examples", "callback_stage_changed.json"));

    [Fact]
    public async Task Callbacks_sent_to_the_order_callback_url_verify_and_report_the_shipment()
    {
        using var h = new ProdigiHarness();
        var placed = await h.Provider.PlaceOrderAsync(ProdigiHarness.Order());
        await h.Fake.ShipAsync(placed.Order.ProviderOrderId);

        var events = h.Callbacks.Deliveries.Select(h.Provider.ParseWebhook).ToList();

        Assert.Equal(2, events.Count);
        var shipped = events[0];
        Assert.Equal(PodWebhookEventKind.ShipmentUpdated, shipped.Kind);
        Assert.Equal("RM123456785GB", Assert.Single(shipped.Shipments).TrackingNumber);
        Assert.Equal(placed.Order.ProviderOrderId, shipped.ProviderOrderId);
        Assert.Equal("576461413038785752", shipped.ExternalId);
        var complete = events[1];
        Assert.Equal(PodWebhookEventKind.OrderStatusChanged, complete.Kind);
        Assert.Equal(PodOrderStatus.Shipped, complete.Status);
        Assert.Equal("Complete", complete.RawStatus);
        Assert.StartsWith("evt_", complete.DeduplicationKey, StringComparison.Ordinal);
        Assert.NotEqual(shipped.DeduplicationKey, complete.DeduplicationKey);
    }

    [Fact]
    public void The_published_sample_callback_parses()
    {
        var parser = new ProdigiCallbackParser(new ProdigiClientOptions { CallbackSecret = "s" });
        var e = parser.Parse(new PodWebhookRequest(Sample, query: "?token=s"));

        Assert.Equal(PodWebhookEventKind.OrderStatusChanged, e.Kind);
        Assert.Equal("com.prodigi.order.status.stage.changed#InProgress", e.EventType);
        Assert.Equal("ord_1469466", e.ProviderOrderId);
        Assert.Equal("1", e.ExternalId);
        Assert.Equal(PodOrderStatus.Received, e.Status);
        Assert.Equal("evt_305174", e.DeduplicationKey);
        Assert.Equal(new DateTimeOffset(2020, 8, 14, 11, 51, 1, 550, TimeSpan.Zero), e.OccurredAt);
    }

    [Fact]
    public void Data_holding_the_order_itself_is_read_too()
    {
        var body = """{"specversion":"1.0","type":"com.prodigi.order.status.stage.changed#Cancelled","id":"evt_1","subject":"ord_9","data":{"id":"ord_9","merchantReference":"X","status":{"stage":"Cancelled"}}}""";
        var e = Parser().Parse(new PodWebhookRequest(Encoding.UTF8.GetBytes(body), query: "token=s"));
        Assert.Equal(PodOrderStatus.Cancelled, e.Status);
        Assert.Equal("X", e.ExternalId);
    }

    [Fact]
    public void A_stage_change_without_an_order_takes_the_stage_from_the_type()
    {
        var body = """{"type":"com.prodigi.order.status.stage.changed#Complete","id":"evt_2","subject":"ord_9"}""";
        var e = Parser().Parse(new PodWebhookRequest(Encoding.UTF8.GetBytes(body), query: "token=s"));
        Assert.Equal(PodOrderStatus.Shipped, e.Status);
        Assert.Equal("ord_9", e.ProviderOrderId);
    }

    [Fact]
    public void An_unknown_type_is_other_and_does_not_throw()
    {
        var body = """{"type":"com.prodigi.order.something.new#Value","id":"evt_3","subject":"ord_9"}""";
        Assert.Equal(PodWebhookEventKind.Other, Parser().Parse(new PodWebhookRequest(Encoding.UTF8.GetBytes(body), query: "token=s")).Kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("?token=wrong")]
    [InlineData("?other=s")]
    public void A_forged_callback_is_rejected(string? query)
    {
        var e = Assert.Throws<WebhookVerificationException>(() => Parser().Parse(new PodWebhookRequest(Sample, query: query)));
        Assert.DoesNotContain("=s", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_configured_secret_callbacks_are_refused_unless_explicitly_allowed()
    {
        Assert.Throws<WebhookVerificationException>(() => new ProdigiCallbackParser(new ProdigiClientOptions()).Parse(new PodWebhookRequest(Sample)));
        var allowed = new ProdigiCallbackParser(new ProdigiClientOptions { AllowUnverifiedWebhooks = true }).Parse(new PodWebhookRequest(Sample));
        Assert.Equal("ord_1469466", allowed.ProviderOrderId);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("""{"id":"evt_1"}""")]
    [InlineData("""{"type":"com.prodigi.order.status.stage.changed#InProgress","data":{"order":{"id":7}}}""")]
    public void A_malformed_body_is_a_typed_error(string body)
    {
        Assert.Throws<MalformedResponseException>(() => Parser().Parse(new PodWebhookRequest(Encoding.UTF8.GetBytes(body), query: "token=s")));
    }

    private static ProdigiCallbackParser Parser() => new(new ProdigiClientOptions { CallbackSecret = "s" });
}
