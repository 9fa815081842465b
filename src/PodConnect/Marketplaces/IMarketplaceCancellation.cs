namespace PodConnect.Marketplaces;

/// <summary>
/// A marketplace that lets the seller cancel an order (TikTok Shop's Cancel Order). Optional: the loop uses it
/// only for the surfaced reasons the user chose in <see cref="Fulfillment.FulfillmentOptions.CancelOnMarketplace"/>,
/// because a seller cancellation counts against the shop's seller-fault cancellation rate.
/// </summary>
public interface IMarketplaceCancellation
{
    /// <summary>Cancels the whole order as the seller, giving <paramref name="reason"/>. An order already cancelled is a success.</summary>
    /// <exception cref="Errors.OutcomeUnknownException">The answer was lost; asking again is safe (already cancelled is a success).</exception>
    Task<MarketplaceCancelResult> CancelOrderAsync(MarketplaceOrderRef order, MarketplaceCancelReason reason, CancellationToken cancellationToken = default);
}
