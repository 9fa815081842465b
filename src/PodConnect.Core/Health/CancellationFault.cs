namespace PodConnect.Health;

/// <summary>
/// Decides whether a TikTok cancellation counts against the seller (SFCR), from the order's
/// <c>cancellation_initiator</c> and <c>cancel_reason</c>.
/// </summary>
/// <remarks>
/// TikTok documents the initiator values (<c>SELLER</c>, <c>BUYER</c>, <c>SYSTEM</c>; line items also
/// <c>OPERATOR</c>) but not which cancellations its SFCR counts; the rule here follows the vendor
/// restatements (Gelato, Gooten: "cancellations by the seller before shipping") and TikTok's partner
/// quality taxonomy (A-LOC: system cancellations for <c>system_cancel_order_reason_shipping_timeout</c>,
/// i.e. a missed <c>shipping_due_time</c>). UNCONFIRMED beyond that:
/// <list type="bullet">
/// <item><c>SELLER</c>: always the seller's fault (out of stock, pricing error, cannot ship…).</item>
/// <item><c>SYSTEM</c>: the seller's fault when the reason says the seller ran out of time (contains
/// <c>timeout</c>, <c>time_out</c> or <c>overdue</c>, e.g. <c>system_cancel_order_reason_shipping_timeout</c>);
/// otherwise not (payment failures, risk control).</item>
/// <item><c>BUYER</c>, <c>OPERATOR</c>, anything else: not the seller's fault.</item>
/// </list>
/// </remarks>
public static class CancellationFault
{
    private static readonly string[] SystemTimeoutWords = ["timeout", "time_out", "overdue"];

    /// <summary>Whether the cancellation counts against the seller.</summary>
    /// <param name="initiator">TikTok <c>cancellation_initiator</c> (case-insensitive), when given.</param>
    /// <param name="reason">TikTok <c>cancel_reason</c>, when given.</param>
    public static bool IsSellerFault(string? initiator, string? reason)
    {
        if (string.Equals(initiator, "SELLER", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!string.Equals(initiator, "SYSTEM", StringComparison.OrdinalIgnoreCase) || reason is null)
        {
            return false;
        }

        foreach (var word in SystemTimeoutWords)
        {
            if (reason.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
