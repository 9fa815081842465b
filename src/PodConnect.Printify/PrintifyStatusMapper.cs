using PodConnect.Printify.Models;
using PodConnect.Providers;

namespace PodConnect.Printify;

/// <summary>
/// Maps Printify's order <c>status</c> onto <see cref="PodOrderStatus"/>: <c>pending</c>, <c>on-hold</c>,
/// <c>sending-to-production</c> → Received; <c>in-production</c> → InProduction; <c>partially-fulfilled</c>,
/// <c>fulfilled</c> → Shipped (Delivered once every shipment has <c>delivered_at</c>); <c>canceled</c> →
/// Cancelled; <c>payment-not-received</c>, <c>had-issues</c> → OnHold (a person must act, then it continues).
/// An unknown value → Received.
/// </summary>
public static class PrintifyStatusMapper
{
    /// <summary>The normalized status of a bare status value.</summary>
    public static PodOrderStatus Map(PrintifyOrderStatus status) => status.Value.ToLowerInvariant() switch
    {
        "in-production" => PodOrderStatus.InProduction,
        "fulfilled" or "partially-fulfilled" => PodOrderStatus.Shipped,
        "canceled" or "cancelled" => PodOrderStatus.Cancelled,
        "payment-not-received" or "had-issues" => PodOrderStatus.OnHold,
        _ => PodOrderStatus.Received,
    };

    /// <summary>The normalized status of an order (delivery is read from its shipments).</summary>
    public static PodOrderStatus Map(PrintifyOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var status = Map(order.Status ?? new PrintifyOrderStatus(string.Empty));
        var shipments = (order.Shipments ?? []).OfType<PrintifyShipment>().ToList();
        return status == PodOrderStatus.Shipped && order.Status == PrintifyOrderStatus.Fulfilled && shipments.Count > 0 && shipments.All(s => s.DeliveredAt is not null)
            ? PodOrderStatus.Delivered
            : status;
    }
}
