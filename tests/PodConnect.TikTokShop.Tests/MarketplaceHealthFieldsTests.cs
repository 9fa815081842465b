using PodConnect.Domain;
using PodConnect.Marketplaces;
using PodConnect.TikTokShop.Marketplace;
using PodConnect.TikTokShop.Orders;

namespace PodConnect.TikTokShop.Tests;

/// <summary>The order timestamps shop health is computed from reach the loop's order unchanged.</summary>
public sealed class MarketplaceHealthFieldsTests
{
    private static readonly TikTokServedShop Shop = new("7494", new TikTokShopRef("seller", "cipher"), CountryCode.GB);

    private static TikTokOrder Order(TikTokOrderStatus status) => new()
    {
        Id = "576461413038785752",
        Status = status,
        CreateTime = Harness.Start,
        PaidTime = Harness.Start,
        RtsSlaTime = Harness.Start.AddDays(2),
        ShippingDueTime = Harness.Start.AddDays(3),
        DeliverySlaTime = Harness.Start.AddDays(7),
        RecipientAddress = new TikTokRecipientAddress { RegionCode = "GB", PostalCode = "EH1 1YZ", Name = "A B", AddressLine1 = "1 High St", PostTown = "Edinburgh" },
        LineItems = [new TikTokLineItem { Id = "li-1", SellerSku = "TEE" }],
    };

    [Fact]
    public void Collection_and_delivery_times_and_the_delivery_promise_are_carried()
    {
        var tiktok = Order(TikTokOrderStatus.Delivered);
        tiktok.RtsTime = Harness.Start.AddDays(1);
        tiktok.CollectionTime = Harness.Start.AddDays(1).AddHours(5);
        tiktok.DeliveryTime = Harness.Start.AddDays(4);

        var order = TikTokMarketplaceMapping.TryMap(tiktok, Shop);

        Assert.NotNull(order);
        Assert.Equal(MarketplaceOrderStatus.Shipped, order.Status);
        Assert.Equal((tiktok.RtsTime, tiktok.CollectionTime, tiktok.DeliveryTime), (order.ShippedAt, order.CollectedAt, order.DeliveredAt));
        Assert.Equal((tiktok.RtsSlaTime, tiktok.ShippingDueTime, tiktok.DeliverySlaTime), (order.Deadlines.ReadyToShipBy, order.Deadlines.ShippingDue, order.Deadlines.DeliverBy));
    }

    [Fact]
    public void A_cancellation_carries_its_time_initiator_and_reason_even_when_every_line_is_cancelled()
    {
        var tiktok = Order(TikTokOrderStatus.Cancelled);
        tiktok.CancelTime = Harness.Start.AddHours(30);
        tiktok.CancellationInitiator = "SYSTEM";
        tiktok.CancelReason = "system_cancel_order_reason_shipping_timeout";
        tiktok.LineItems = [new TikTokLineItem { Id = "li-1", SellerSku = "TEE", DisplayStatus = TikTokOrderStatus.Cancelled }];

        var order = TikTokMarketplaceMapping.TryMap(tiktok, Shop);

        Assert.NotNull(order);
        Assert.Equal(MarketplaceOrderStatus.Cancelled, order.Status);
        Assert.Equal((tiktok.CancelTime, "SYSTEM", tiktok.CancelReason), (order.CancelledAt, order.CancellationInitiator, order.CancelReason));
        Assert.Equal(tiktok.ShippingDueTime, order.Deadlines.ShippingDue);
        Assert.True(Health.CancellationFault.IsSellerFault(order.CancellationInitiator, order.CancelReason));
    }
}
