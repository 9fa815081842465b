using PodConnect.Domain;
using PodConnect.Marketplaces;

namespace PodConnect.TikTokShop.Marketplace;

/// <summary>
/// The seller's cancel reasons TikTok documents for paid orders (<c>ON_HOLD</c> and <c>AWAITING_SHIPMENT</c>),
/// per market: the UK's names end in <c>_uk</c>; the US names serve every other market. Source: TikTok's
/// "Cancel reasons" page of the Return and Refund API (Partner Center, December 2025 snapshot).
/// UNCONFIRMED for the EU markets (DE, FR, ES, IT, IE): that page lists none of them; change this table
/// when TikTok does.
/// </summary>
internal static class TikTokCancelReasons
{
    /// <summary>TikTok's reason name for <paramref name="reason"/> in <paramref name="market"/>.</summary>
    public static string For(MarketplaceCancelReason reason, CountryCode? market)
    {
        var uk = market == CountryCode.GB;
        return reason switch
        {
            MarketplaceCancelReason.CannotDeliverToAddress => uk ? "seller_cancel_paid_reason_address_not_deliver_uk" : "seller_cancel_paid_reason_address_not_deliver",
            _ => uk ? "seller_cancel_reason_out_of_stock_uk" : "seller_cancel_reason_out_of_stock",
        };
    }

    /// <summary>The order is already cancelled, or a return or cancellation is in process: the seller's wish already holds.</summary>
    public const string AlreadyCancelled = "25001011";

    /// <summary>Codes that refuse the cancellation for good (shipped, completed, reason not allowed, risk control, no permission).</summary>
    public static bool IsRefusal(string? code) => code is "25001045" or "25001051" or "25001021" or "25001014" or "25001015" or "25001020" or "25001046" or "25005010" or "25020005";
}
