using PodConnect.Errors;
using PodConnect.Marketplaces;

namespace PodConnect.Fulfillment;

/// <summary>Cancelling on the marketplace, only where the user chose it (<see cref="FulfillmentOptions.CancelOnMarketplace"/>).</summary>
public sealed partial class FulfillmentReconciler
{
    /// <summary>
    /// After a step that surfaced the order for a reason the user maps to a cancel reason, cancels it on the
    /// marketplace as the seller. A failed call is retried with the step's backoff (already cancelled counts
    /// as done, so a lost answer is safe to ask again); a refusal leaves the order surfaced. The cancellation
    /// then arrives like a buyer's: the next read sees the order cancelled and the loop finishes it.
    /// </summary>
    private async Task CancelOnMarketplaceIfChosenAsync(StepContext step, CancellationToken cancellationToken)
    {
        var tracked = step.Order;
        if (_options.CancelOnMarketplace.Count == 0
            || _marketplace is not IMarketplaceCancellation marketplace
            || !tracked.Finished
            || tracked.CancelAnswered
            || tracked.Snapshot is not { Status: MarketplaceOrderStatus.AwaitingShipment or MarketplaceOrderStatus.OnHold } order
            || !_monitor.Surfaced.TryGetValue(order.Id, out var surfaced)
            || !_options.CancelOnMarketplace.TryGetValue(surfaced.Reason, out var reason))
        {
            return;
        }

        step.Name = "cancel-on-marketplace";
        await EnsureLeaseAsync(step, cancellationToken).ConfigureAwait(false);
        MarketplaceCancelResult result;
        try
        {
            result = await marketplace.CancelOrderAsync(order.Reference, reason, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is PodConnectException or HttpRequestException)
        {
            tracked.Finished = false; // so the backoff brings it back: surfacing again raises no second event
            throw;
        }

        tracked.CancelAnswered = true;
        if (!result.Cancelled)
        {
            FulfillmentLog.CancelRefused(_logger, order.Id, result.Code);
            return;
        }

        FulfillmentLog.CancelledOnMarketplace(_logger, order.Id, reason, surfaced.Reason);
        tracked.Finished = false;
        tracked.Stale = true; // read it back: cancelled, it is finished (and unsurfaced) by the cancel step
        tracked.DueAt = _time.GetUtcNow();
    }
}
