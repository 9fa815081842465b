namespace PodConnect.Marketplaces;

/// <summary>Why the seller cancels an order; the marketplace package maps it to the marketplace's reason for the shop's market.</summary>
public enum MarketplaceCancelReason
{
    /// <summary>The product cannot be made or supplied (TikTok: out of stock).</summary>
    OutOfStock = 0,

    /// <summary>The order cannot be delivered to the buyer's address.</summary>
    CannotDeliverToAddress = 1,
}
