using PodConnect.Gelato.Models;
using PodConnect.Providers;

namespace PodConnect.Gelato;

/// <summary>Maps Gelato's <c>fulfillmentStatus</c> onto <see cref="PodOrderStatus"/>.</summary>
public static class GelatoStatusMapper
{
    /// <summary>
    /// The normalized status. An unknown value maps to <see cref="PodOrderStatus.Received"/>: the order
    /// exists, and nothing downstream may treat it as shipped or failed without evidence.
    /// </summary>
    public static PodOrderStatus Map(GelatoFulfillmentStatus status)
    {
        switch (status.Value.ToLowerInvariant())
        {
            case "draft":
            case "created":
            case "uploading":
            case "passed":
            case "digitizing":
                return PodOrderStatus.Received;
            case "pending_approval":
            case "pending_personalization":
            case "on_hold":
            case "not_connected":
                return PodOrderStatus.OnHold;
            case "in_production":
            case "printed":
                return PodOrderStatus.InProduction;
            case "shipped":
            case "in_transit":
                return PodOrderStatus.Shipped;
            case "delivered":
                return PodOrderStatus.Delivered;
            case "canceled":
            case "cancelled":
                return PodOrderStatus.Cancelled;
            case "failed":
            case "returned":
                return PodOrderStatus.Failed;
            default:
                return PodOrderStatus.Received;
        }
    }
}
