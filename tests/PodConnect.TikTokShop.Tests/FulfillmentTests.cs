using PodConnect.Errors;
using PodConnect.Testing.Common;
using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Fulfillment;
using PodConnect.TikTokShop.Orders;

namespace PodConnect.TikTokShop.Tests;

public sealed class FulfillmentTests : IDisposable
{
    private const string OrderId = "576461413038785752";
    private const string ShipPath = "/fulfillment/202309/orders/" + OrderId + "/packages";
    private readonly Harness _h = new(o => o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(5));

    public FulfillmentTests() =>
        _h.Fake.SeedOrders(FakeTikTokShop.DefaultShopCipher, FakeTikTokOrders.Create(OrderId, Harness.Start, [new FakeOrderLine("TEE-BLK-M", 2)]));

    public void Dispose() => _h.Dispose();

    private async Task<TikTokShipment> Shipment()
    {
        var order = await _h.Shop.Orders.GetOrderAsync(OrderId);
        return new TikTokShipment(OrderId, order.LineItems.Select(i => i.Id).ToList(), FakeTikTokShop.RoyalMailProviderId, "RM123456785GB");
    }

    [Fact]
    public async Task Mark_shipped_moves_the_order_to_awaiting_collection()
    {
        var result = await _h.Shop.Fulfillment.MarkShippedAsync(await Shipment());

        Assert.False(result.AlreadyShipped);
        Assert.NotNull(result.PackageId);
        var order = await _h.Shop.Orders.GetOrderAsync(OrderId);
        Assert.Equal(TikTokOrderStatus.AwaitingCollection, order.Status);
        Assert.Equal("RM123456785GB", order.TrackingNumber);
        Assert.Equal(Harness.Start, order.RtsTime);
        Assert.All(order.LineItems, i => Assert.Equal(result.PackageId, i.PackageId));
        var request = Assert.Single(_h.RequestsTo(ShipPath));
        Assert.Equal(0, request.TikTokCode());
        Assert.StartsWith("""{"order_line_item_ids":[""", System.Text.Encoding.UTF8.GetString(request.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeout_after_the_server_acted_rereads_instead_of_posting_again()
    {
        var shipment = await Shipment();
        _h.Fake.Faults.Add(Fault.Delay(TimeSpan.FromSeconds(10)), ShipPath);

        var call = _h.Shop.Fulfillment.MarkShippedAsync(shipment);
        await _h.Fake.WhenHandledAsync(r => r.Path == ShipPath);
        _h.Time.Advance(TimeSpan.FromSeconds(5)); // the attempt times out after TikTok acted, before its answer arrives
        var result = await _h.Pump(call);

        Assert.True(result.AlreadyShipped);
        Assert.Equal(1, _h.Fake.MarkShippedCount);
        Assert.Equal(TikTokOrderStatus.AwaitingCollection, (await _h.Shop.Orders.GetOrderAsync(OrderId)).Status);
    }

    [Fact]
    public async Task Connection_lost_after_the_server_acted_is_not_reposted()
    {
        var shipment = await Shipment();
        _h.Fake.Faults.Add(Fault.ProcessThenDropConnection(), ShipPath);

        var result = await _h.Shop.Fulfillment.MarkShippedAsync(shipment);

        Assert.True(result.AlreadyShipped);
        Assert.Equal(1, _h.Fake.MarkShippedCount);
    }

    [Fact]
    public async Task When_the_reread_fails_too_the_original_unknown_outcome_error_is_raised()
    {
        var shipment = await Shipment();
        _h.Fake.Faults.Add(Fault.ProcessThenDropConnection(), ShipPath);
        _h.Fake.Faults.Add(Fault.Status(200, """{"code":21008111,"message":"The order or package does not belong to the current seller.","request_id":"r"}"""), "/order/202507/orders");

        var ex = await Assert.ThrowsAsync<OutcomeUnknownException>(() => _h.Shop.Fulfillment.MarkShippedAsync(shipment));

        Assert.Contains("outcome is unknown", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, _h.Fake.MarkShippedCount);
    }

    [Fact]
    public async Task Server_error_before_acting_is_raised_after_a_reread_and_never_retried()
    {
        var shipment = await Shipment();
        _h.Fake.Faults.Add(Fault.ServerError(503), ShipPath);

        await Assert.ThrowsAsync<ServerException>(() => _h.Shop.Fulfillment.MarkShippedAsync(shipment));

        Assert.Single(_h.RequestsTo(ShipPath));
        Assert.Equal(0, _h.Fake.MarkShippedCount);
        Assert.Equal(TikTokOrderStatus.AwaitingShipment, (await _h.Shop.Orders.GetOrderAsync(OrderId)).Status);
    }

    [Fact]
    public async Task Throttled_mark_shipped_was_not_processed_so_it_is_sent_again_after_the_wait()
    {
        var shipment = await Shipment();
        _h.Fake.Faults.Add(Fault.RateLimited(TimeSpan.FromSeconds(1)), ShipPath);

        var result = await _h.Pump(_h.Shop.Fulfillment.MarkShippedAsync(shipment));

        Assert.Equal(TikTokShipmentOutcome.Shipped, result.Outcome);
        Assert.Equal(2, _h.RequestsTo(ShipPath).Count());
        Assert.Equal(1, _h.Fake.MarkShippedCount);
    }

    [Fact]
    public async Task Throttled_without_Retry_After_backs_off_and_gives_up_after_the_retry_budget()
    {
        var shipment = await Shipment();
        _h.Fake.Faults.Add(Fault.RateLimited(), ShipPath, times: 10);

        await Assert.ThrowsAsync<RateLimitedException>(() => _h.Pump(_h.Shop.Fulfillment.MarkShippedAsync(shipment)));

        Assert.Equal(4, _h.RequestsTo(ShipPath).Count()); // the first try and MaxRetryAttempts (3) more
        Assert.Equal(0, _h.Fake.MarkShippedCount);
    }

    [Fact]
    public async Task Throttled_longer_than_the_allowed_wait_is_raised_without_resending()
    {
        var shipment = await Shipment();
        _h.Fake.Faults.Add(Fault.RateLimited(TimeSpan.FromMinutes(5)), ShipPath);

        var ex = await Assert.ThrowsAsync<RateLimitedException>(() => _h.Shop.Fulfillment.MarkShippedAsync(shipment));

        Assert.Equal(TimeSpan.FromMinutes(5), ex.RetryAfter);
        Assert.Single(_h.RequestsTo(ShipPath));
    }

    [Fact]
    public async Task Partial_shipment_then_rest()
    {
        var all = await Shipment();
        await _h.Shop.Fulfillment.MarkShippedAsync(all with { LineItemIds = [all.LineItemIds[0]] });
        Assert.Equal(TikTokOrderStatus.PartiallyShipping, (await _h.Shop.Orders.GetOrderAsync(OrderId)).Status);

        await _h.Shop.Fulfillment.MarkShippedAsync(all with { LineItemIds = [all.LineItemIds[1]], TrackingNumber = "RM2" });
        Assert.Equal(TikTokOrderStatus.AwaitingCollection, (await _h.Shop.Orders.GetOrderAsync(OrderId)).Status);
    }

    [Fact]
    public async Task Shipping_an_order_twice_is_done_not_an_error()
    {
        var shipment = await Shipment();
        var first = await _h.Shop.Fulfillment.MarkShippedAsync(shipment);

        var second = await _h.Shop.Fulfillment.MarkShippedAsync(shipment);

        Assert.Equal(TikTokShipmentOutcome.AlreadyShipped, second.Outcome);
        Assert.True(second.IsDone);
        Assert.Equal("21008099", second.ErrorCode);
        Assert.Equal(first.PackageId, second.PackageId);
        Assert.Equal("RM123456785GB", second.TrackingNumber);
    }

    [Fact]
    public async Task Update_shipping_info_and_tracking()
    {
        await _h.Shop.Fulfillment.MarkShippedAsync(await Shipment());

        var updated = await _h.Shop.Fulfillment.UpdateShippingInfoAsync(OrderId, "6617675021119438850", "EVRI1");
        Assert.Equal(TikTokShipmentOutcome.Updated, updated.Outcome);
        var order = await _h.Shop.Orders.GetOrderAsync(OrderId);
        var tracking = await _h.Shop.Fulfillment.GetTrackingAsync(OrderId);

        Assert.Equal("EVRI1", order.TrackingNumber);
        Assert.Equal("Evri", order.ShippingProvider);
        Assert.Equal(Harness.Start, Assert.Single(tracking).UpdateTime);
    }
}
