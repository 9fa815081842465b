using PodConnect.Marketplaces;

namespace PodConnect.TikTokShop.Marketplace;

/// <summary>
/// Mark Package As Shipped error codes (TikTok's error table for the call, research/field-update.md §1.5)
/// → what the loop does: already shipped is success; tracking problems and cases needing a person are
/// surfaced; the on-hold refusal waits. An unknown code is not classified (the caller re-reads the order).
/// </summary>
internal static class TikTokMarkShippedCodes
{
    private static readonly HashSet<string> AlreadyShipped = new(StringComparer.Ordinal) { "21008099", "21011006", "21011020", "21042056" };

    private static readonly HashSet<string> TrackingRejected = new(StringComparer.Ordinal)
    {
        "11028006", "21004012", "21004015", "21004016", "21011022", "21011025", "21034012", "21011026",
    };

    private static readonly HashSet<string> NeedsAttention = new(StringComparer.Ordinal)
    {
        "21011007", "21008044", "21011048", "21011033", "21011046", "21021010", "21008106",
    };

    /// <summary>The on-hold refusal: shipping calls fail during TikTok's buyer-remorse hour.</summary>
    private const string OnHold = "21011044";

    public static MarkShippedStatus? Classify(string? code) =>
        code is null ? null
        : AlreadyShipped.Contains(code) ? MarkShippedStatus.AlreadyShipped
        : TrackingRejected.Contains(code) ? MarkShippedStatus.TrackingRejected
        : NeedsAttention.Contains(code) ? MarkShippedStatus.NeedsAttention
        : code == OnHold ? MarkShippedStatus.NotYet
        : null;
}
