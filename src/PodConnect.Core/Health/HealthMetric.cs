namespace PodConnect.Health;

/// <summary>
/// The four numbers TikTok Shop judges a seller-shipped shop by. TikTok's API exposes none of them, so
/// PodConnect computes each from the shop's own orders and TikTok's timestamps.
/// </summary>
public enum HealthMetric
{
    /// <summary>Late Dispatch Rate: orders marked shipped (ready to ship with tracking) after <c>rts_sla_time</c> ÷ orders shipped. Lower is better (≤ 4%).</summary>
    LateDispatch = 0,

    /// <summary>Valid Tracking Rate: shipped orders whose tracking got a carrier scan ÷ orders shipped. Higher is better (≥ 95%).</summary>
    ValidTracking = 1,

    /// <summary>On-Time Delivery Rate: orders delivered by <c>delivery_sla_time</c> ÷ orders delivered. Higher is better.</summary>
    OnTimeDelivery = 2,

    /// <summary>Seller-Fault Cancellation Rate: orders cancelled by the seller or for the seller's failure ÷ orders created. Lower is better (≤ 2.5%).</summary>
    SellerFaultCancellation = 3,
}
