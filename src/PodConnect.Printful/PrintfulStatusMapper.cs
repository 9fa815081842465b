using PodConnect.Printful.Models;
using PodConnect.Providers;

namespace PodConnect.Printful;

/// <summary>Maps Printful's order <c>status</c> onto <see cref="PodOrderStatus"/>.</summary>
public static class PrintfulStatusMapper
{
    /// <summary>
    /// The normalized status. <c>partial</c> counts as shipped (tracking exists for what has left);
    /// <c>archived</c> and unknown values map to <see cref="PodOrderStatus.Received"/>: nothing
    /// downstream may treat them as shipped or failed without evidence.
    /// </summary>
    public static PodOrderStatus Map(PrintfulOrderStatus status) =>
        (status.Value ?? string.Empty).ToLowerInvariant() switch
        {
            "draft" or "pending" => PodOrderStatus.Received,
            "inprocess" => PodOrderStatus.InProduction,
            "partial" or "fulfilled" => PodOrderStatus.Shipped,
            "canceled" or "cancelled" => PodOrderStatus.Cancelled,
            "failed" => PodOrderStatus.Failed,
            "onhold" => PodOrderStatus.OnHold,
            _ => PodOrderStatus.Received,
        };
}
