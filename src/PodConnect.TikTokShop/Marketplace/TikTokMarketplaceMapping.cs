using PodConnect.Domain;
using PodConnect.Errors;
using PodConnect.Marketplaces;
using PodConnect.TikTokShop.Orders;

namespace PodConnect.TikTokShop.Marketplace;

/// <summary>TikTok order → the loop's <see cref="MarketplaceOrder"/>.</summary>
internal static class TikTokMarketplaceMapping
{
    /// <summary>
    /// Maps an order, or returns <see langword="null"/> when it lacks what the loop needs (a search result
    /// without <c>recipient_address</c>: read it with Get Order Detail). Address, recipient, deadlines and
    /// the line items grouped by seller SKU come from <see cref="TikTokOrderMapping.ToCoreOrder"/>, the one
    /// place that knows TikTok's address and deadline fields; the product kind it asks for is not used here.
    /// </summary>
    public static MarketplaceOrder? TryMap(TikTokOrder order, TikTokServedShop shop)
    {
        var status = StatusOf(order.Status);
        Order core;
        try
        {
            core = order.ToCoreOrder(_ => UnusedKind, shop.Market);
        }
        catch (MalformedResponseException) when (status is MarketplaceOrderStatus.Cancelled or MarketplaceOrderStatus.Shipped && order.CreateTime is not null && order.RecipientAddress is not null)
        {
            // Every line cancelled or shipped elsewhere: the loop still needs to see the status.
            return new MarketplaceOrder(new MarketplaceOrderRef(shop.ShopId, order.Id), status, order.Status.Value ?? string.Empty, order.PaidTime ?? order.CreateTime.Value, AnyAddress(order), [])
            {
                UpdatedAt = order.UpdateTime,
                ShippedAt = order.RtsTime,
                CollectedAt = order.CollectionTime,
                DeliveredAt = order.DeliveryTime,
                CancelledAt = order.CancelTime,
                CancellationInitiator = order.CancellationInitiator,
                CancelReason = order.CancelReason,
                Market = shop.Market,
                Deadlines = new OrderDeadlines(order.RtsSlaTime, order.ShippingDueTime, order.CollectionDueTime, order.DeliverySlaTime),
            };
        }
        catch (MalformedResponseException)
        {
            return null;
        }

        return new MarketplaceOrder(
            new MarketplaceOrderRef(shop.ShopId, order.Id),
            status,
            order.Status.Value ?? string.Empty,
            order.PaidTime ?? core.CreatedAt, // the buyer-cancel window runs from payment
            core.Destination,
            [.. core.Items.Select(i => new MarketplaceLine(i.Sku, i.Quantity, i.LineItemIds))])
        {
            UpdatedAt = order.UpdateTime,
            Recipient = core.Recipient,
            Deadlines = core.Deadlines,
            Market = shop.Market,
            CancellationRequested = order.IsBuyerRequestCancel,
            OnHold = order.Status == TikTokOrderStatus.OnHold,
            ShippedAt = order.RtsTime,
            CollectedAt = order.CollectionTime,
            DeliveredAt = order.DeliveryTime,
            CancelledAt = order.CancelTime,
            CancellationInitiator = order.CancellationInitiator,
            CancelReason = order.CancelReason,
        };
    }

    public static MarketplaceOrderStatus StatusOf(TikTokOrderStatus status) =>
        status == TikTokOrderStatus.AwaitingShipment ? MarketplaceOrderStatus.AwaitingShipment
        : status == TikTokOrderStatus.OnHold ? MarketplaceOrderStatus.OnHold
        : status == TikTokOrderStatus.Cancelled ? MarketplaceOrderStatus.Cancelled
        : status.IsShippedOrLater ? MarketplaceOrderStatus.Shipped
        : MarketplaceOrderStatus.Other; // UNPAID, PARTIALLY_SHIPPING (someone shipped part by hand), unknown

    private static readonly ProductKind UnusedKind = new("unmapped");

    private static Address AnyAddress(TikTokOrder order) =>
        new(CountryCode.TryParse(order.RecipientAddress?.RegionCode, out var country) ? country : CountryCode.GB);
}
