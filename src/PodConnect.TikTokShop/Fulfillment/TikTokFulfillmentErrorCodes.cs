using System.Globalization;

namespace PodConnect.TikTokShop.Fulfillment;

/// <summary>
/// The error codes TikTok documents for Mark Package As Shipped and Update Shipping Info
/// (mark-package-as-shipped.doc.json, December 2025), and the outcome each stands for.
/// </summary>
public static class TikTokFulfillmentErrorCodes
{
    /// <summary>"The tracking number cannot be matched to any carrier".</summary>
    public const int TrackingMatchesNoCarrier = 11028006;

    /// <summary>The tracking number holds special characters.</summary>
    public const int TrackingHasSpecialCharacters = 21004012;

    /// <summary>"Mismatch provider": the tracking number is not the shipping provider's.</summary>
    public const int TrackingProviderMismatch = 21004015;

    /// <summary>A further tracking validation failure listed with the others (message not recorded).</summary>
    public const int TrackingValidationFailed = 21004016;

    /// <summary>Invalid tracking number or shipping provider.</summary>
    public const int InvalidTrackingOrProvider = 21011022;

    /// <summary>Duplicate tracking number.</summary>
    public const int DuplicateTracking = 21011025;

    /// <summary>Tracking number usage over the limit.</summary>
    public const int TrackingUsageOverLimit = 21011026;

    /// <summary>"The tracking no has been used".</summary>
    public const int TrackingAlreadyUsed = 21034012;

    /// <summary>"Package has been shipped".</summary>
    public const int PackageShipped = 21008099;

    /// <summary>Already shipped.</summary>
    public const int AlreadyShipped = 21011006;

    /// <summary>Already shipped (another path).</summary>
    public const int AlreadyShippedToo = 21011020;

    /// <summary>Already shipped (a third path).</summary>
    public const int AlreadyShippedAgain = 21042056;

    /// <summary>An after-sale request is pending.</summary>
    public const int AfterSalePending = 21011007;

    /// <summary>The order is in reverse (return/refund).</summary>
    public const int OrderInReverse = 21008044;

    /// <summary>"Multiple packages … specify the order line items".</summary>
    public const int SpecifyLineItems = 21011048;

    /// <summary>A combine conflict.</summary>
    public const int CombineConflict = 21011033;

    /// <summary>A split conflict.</summary>
    public const int SplitConflict = 21011046;

    /// <summary>The address cannot be delivered to (the seller may cancel without penalty).</summary>
    public const int AddressUndeliverable = 21021010;

    /// <summary>The call is not available in this region.</summary>
    public const int RegionNotSupported = 21008106;

    /// <summary>Shipping is not allowed while the order is ON_HOLD (the one-hour buyer-remorse window).</summary>
    public const int OrderOnHold = 21011044;

    /// <summary>Tracking can only be updated within N hours (72 h) of shipping.</summary>
    public const int EditWindowClosed = 21011050;

    /// <summary>Tracking "can only be updated once".</summary>
    public const int AlreadyEdited = 21011051;

    /// <summary>The outcome a TikTok error code stands for, or <c>null</c> for codes that are not about the shipment (auth, rate limit, server…).</summary>
    public static TikTokShipmentOutcome? OutcomeOf(int code) => code switch
    {
        TrackingMatchesNoCarrier or TrackingHasSpecialCharacters or TrackingValidationFailed or InvalidTrackingOrProvider => TikTokShipmentOutcome.TrackingRejected,
        TrackingProviderMismatch => TikTokShipmentOutcome.TrackingMismatch,
        DuplicateTracking or TrackingUsageOverLimit or TrackingAlreadyUsed => TikTokShipmentOutcome.TrackingReused,
        PackageShipped or AlreadyShipped or AlreadyShippedToo or AlreadyShippedAgain => TikTokShipmentOutcome.AlreadyShipped,
        AfterSalePending or OrderInReverse or SpecifyLineItems or CombineConflict or SplitConflict or AddressUndeliverable or RegionNotSupported => TikTokShipmentOutcome.NeedsAttention,
        OrderOnHold => TikTokShipmentOutcome.OnHold,
        EditWindowClosed => TikTokShipmentOutcome.EditWindowClosed,
        AlreadyEdited => TikTokShipmentOutcome.AlreadyEdited,
        _ => null,
    };

    /// <summary>The outcome for a code as PodConnect exceptions carry it (<see cref="PodConnect.Errors.PodConnectException.ErrorCode"/>).</summary>
    public static TikTokShipmentOutcome? OutcomeOf(string? code) =>
        int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? OutcomeOf(value) : null;
}
