using PodConnect.Prodigi.Models;
using PodConnect.Providers;

namespace PodConnect.Prodigi;

/// <summary>
/// Maps a Prodigi order onto <see cref="PodOrderStatus"/>. Prodigi has one coarse <c>stage</c>
/// (<c>InProgress</c>, <c>Complete</c>, <c>Cancelled</c>) plus a state per step and a list of issues, so
/// the finer statuses come from those:
/// <list type="bullet">
/// <item><c>Cancelled</c> → Cancelled; <c>Complete</c> (every shipment sent) → Shipped (Prodigi reports no delivery).</item>
/// <item>In progress: an asset that failed every download → Failed; payment to authorise, an unavailable item or a step in <c>Error</c> → OnHold;
/// a shipment sent, or shipping under way → Shipped (partly); production started → InProduction; otherwise Received.</item>
/// <item>Anything unknown (a new stage, no status because the pause window still holds the order) → Received: the order exists, and nothing
/// downstream may treat it as shipped or failed without evidence.</item>
/// </list>
/// </summary>
public static class ProdigiStatusMapper
{
    /// <summary>The normalized status of an order.</summary>
    public static PodOrderStatus Map(ProdigiOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var status = order.Status;
        if (status?.Stage is not { } stage)
        {
            return PodOrderStatus.Received;
        }

        if (stage != ProdigiStage.InProgress)
        {
            return MapStage(stage);
        }

        var issues = (status.Issues ?? []).OfType<ProdigiIssue>().ToList();
        if (issues.Any(i => string.Equals(i.ErrorCode, ProdigiIssue.Codes.AssetFailedToDownload, StringComparison.OrdinalIgnoreCase)))
        {
            return PodOrderStatus.Failed;
        }

        var details = status.Details;
        if (issues.Any(i => string.Equals(i.ErrorCode, ProdigiIssue.Codes.RequiresPaymentAuthorisation, StringComparison.OrdinalIgnoreCase)
                || string.Equals(i.ErrorCode, ProdigiIssue.Codes.ItemUnavailable, StringComparison.OrdinalIgnoreCase))
            || Steps(details).Any(s => s == ProdigiStepState.Error))
        {
            return PodOrderStatus.OnHold;
        }

        if ((order.Shipments ?? []).OfType<ProdigiShipment>().Any(s => string.Equals(s.Status, "Shipped", StringComparison.OrdinalIgnoreCase))
            || details?.Shipping == ProdigiStepState.InProgress || details?.Shipping == ProdigiStepState.Complete)
        {
            return PodOrderStatus.Shipped;
        }

        return details?.InProduction == ProdigiStepState.InProgress || details?.InProduction == ProdigiStepState.Complete
            ? PodOrderStatus.InProduction
            : PodOrderStatus.Received;
    }

    /// <summary>The normalized status of a bare stage (a callback without the order).</summary>
    public static PodOrderStatus MapStage(ProdigiStage stage) =>
        stage == ProdigiStage.Cancelled ? PodOrderStatus.Cancelled
        : stage == ProdigiStage.Complete ? PodOrderStatus.Shipped
        : PodOrderStatus.Received;

    private static IEnumerable<ProdigiStepState?> Steps(ProdigiStatusDetails? details) =>
        details is null
            ? []
            : [details.DownloadAssets, details.PrintReadyAssetsPrepared, details.AllocateProductionLocation, details.InProduction, details.Shipping];
}
