using PodConnect.Testing.Common;
using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Fulfillment;

namespace PodConnect.TikTokShop.Tests;

/// <summary>TikTok's documented mark-as-shipped and update-shipping-info refusals, as outcomes a loop can act on.</summary>
public sealed class ShipmentOutcomeTests : IDisposable
{
    private const string OrderId = "576461413038785752";
    private const string OtherOrderId = "576461413038785753";
    private readonly Harness _h = new();

    public ShipmentOutcomeTests() =>
        _h.Fake.SeedOrders(FakeTikTokShop.DefaultShopCipher,
            FakeTikTokOrders.Create(OrderId, Harness.Start, [new FakeOrderLine("TEE", 1)]),
            FakeTikTokOrders.Create(OtherOrderId, Harness.Start, [new FakeOrderLine("MUG", 1)]));

    public void Dispose() => _h.Dispose();

    private async Task<TikTokShipmentResult> Ship(string orderId, string tracking, string provider = FakeTikTokShop.RoyalMailProviderId)
    {
        var order = await _h.Shop.Orders.GetOrderAsync(orderId);
        return await _h.Shop.Fulfillment.MarkShippedAsync(new TikTokShipment(orderId, order.LineItems.Select(i => i.Id).ToList(), provider, tracking));
    }

    [Fact]
    public async Task A_tracking_number_used_by_another_order_is_reused()
    {
        await Ship(OtherOrderId, "RM1GB");

        var result = await Ship(OrderId, "RM1GB");

        Assert.Equal(TikTokShipmentOutcome.TrackingReused, result.Outcome);
        Assert.False(result.IsDone);
        Assert.Equal("21034012", result.ErrorCode);
        Assert.Equal("The tracking no has been used.", result.ErrorMessage);
    }

    [Fact]
    public async Task Special_characters_and_unknown_providers_are_rejected_tracking()
    {
        var special = await Ship(OrderId, "RM 1/GB");
        var unknownProvider = await Ship(OrderId, "RM1GB", provider: "123");

        Assert.Equal((TikTokShipmentOutcome.TrackingRejected, "21004012"), (special.Outcome, special.ErrorCode));
        Assert.Equal((TikTokShipmentOutcome.TrackingRejected, "21011022"), (unknownProvider.Outcome, unknownProvider.ErrorCode));
    }

    [Fact]
    public async Task A_provider_mismatch_is_its_own_outcome()
    {
        _h.Fake.Faults.Add(Fault.Status(200, """{"code":21004015,"message":"mismatch provider","request_id":"r"}"""), $"/fulfillment/202309/orders/{OrderId}/packages");

        var result = await Ship(OrderId, "RM1GB");

        Assert.Equal(TikTokShipmentOutcome.TrackingMismatch, result.Outcome);
    }

    [Fact]
    public async Task On_hold_and_pending_cancellation_are_not_errors_but_outcomes()
    {
        var onHold = FakeTikTokOrders.Create("1", Harness.Start, [new FakeOrderLine("TEE")], status: "ON_HOLD");
        var cancelling = FakeTikTokOrders.Create("2", Harness.Start, [new FakeOrderLine("TEE")]);
        cancelling["is_buyer_request_cancel"] = true;
        _h.Fake.SeedOrders(FakeTikTokShop.DefaultShopCipher, onHold, cancelling);

        Assert.Equal(TikTokShipmentOutcome.OnHold, (await Ship("1", "RM1GB")).Outcome);
        var pending = await Ship("2", "RM2GB");
        Assert.Equal((TikTokShipmentOutcome.NeedsAttention, "21011007"), (pending.Outcome, pending.ErrorCode));
    }

    [Theory]
    [InlineData(11028006, TikTokShipmentOutcome.TrackingRejected)]
    [InlineData(21004016, TikTokShipmentOutcome.TrackingRejected)]
    [InlineData(21011025, TikTokShipmentOutcome.TrackingReused)]
    [InlineData(21011026, TikTokShipmentOutcome.TrackingReused)]
    [InlineData(21011006, TikTokShipmentOutcome.AlreadyShipped)]
    [InlineData(21011020, TikTokShipmentOutcome.AlreadyShipped)]
    [InlineData(21042056, TikTokShipmentOutcome.AlreadyShipped)]
    [InlineData(21008044, TikTokShipmentOutcome.NeedsAttention)]
    [InlineData(21011048, TikTokShipmentOutcome.NeedsAttention)]
    [InlineData(21021010, TikTokShipmentOutcome.NeedsAttention)]
    [InlineData(21011050, TikTokShipmentOutcome.EditWindowClosed)]
    [InlineData(21011051, TikTokShipmentOutcome.AlreadyEdited)]
    public void Every_documented_code_has_its_outcome(int code, TikTokShipmentOutcome outcome)
    {
        Assert.Equal(outcome, TikTokFulfillmentErrorCodes.OutcomeOf(code));
        Assert.Equal(outcome, TikTokFulfillmentErrorCodes.OutcomeOf(code.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Codes_that_are_not_about_the_shipment_have_no_outcome()
    {
        Assert.Null(TikTokFulfillmentErrorCodes.OutcomeOf(36009003));
        Assert.Null(TikTokFulfillmentErrorCodes.OutcomeOf("not a number"));
    }

    [Fact]
    public async Task Tracking_can_be_corrected_once_within_72_hours()
    {
        await Ship(OrderId, "RM1GB");

        var first = await _h.Shop.Fulfillment.UpdateShippingInfoAsync(OrderId, FakeTikTokShop.RoyalMailProviderId, "RM2GB");
        var second = await _h.Shop.Fulfillment.UpdateShippingInfoAsync(OrderId, FakeTikTokShop.RoyalMailProviderId, "RM3GB");

        Assert.Equal(TikTokShipmentOutcome.Updated, first.Outcome);
        Assert.Equal((TikTokShipmentOutcome.AlreadyEdited, "21011051"), (second.Outcome, second.ErrorCode));
        Assert.Equal("RM2GB", (await _h.Shop.Orders.GetOrderAsync(OrderId)).TrackingNumber);
    }

    [Fact]
    public async Task After_72_hours_the_tracking_cannot_be_corrected()
    {
        await Ship(OrderId, "RM1GB");
        _h.Time.Advance(TimeSpan.FromHours(72) + TimeSpan.FromMinutes(1));
        await _h.Tokens.SaveAsync(_h.Fake.IssueToken().ToClientToken()); // keep the access token fresh across the jump

        var result = await _h.Shop.Fulfillment.UpdateShippingInfoAsync(OrderId, FakeTikTokShop.RoyalMailProviderId, "RM2GB");

        Assert.Equal(TikTokShipmentOutcome.EditWindowClosed, result.Outcome);
        Assert.False(result.IsDone);
    }
}
