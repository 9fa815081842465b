using System.Text.Json.Serialization;
using PodConnect.Http.Json;

namespace PodConnect.TikTokShop.Orders;

/// <summary>
/// A TikTok Shop order (Get Order Detail / Search Orders, API 202309). Ids are strings; money is
/// decimal; Unix-second timestamps are <see cref="DateTimeOffset"/> in UTC (absent or 0 → <c>null</c>).
/// Only the fields a seller-shipped integration uses are modelled.
/// </summary>
public sealed class TikTokOrder
{
    /// <summary>The order id.</summary>
    public string Id { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The order status.</summary>
    public TikTokOrderStatus Status { get; init; }

    /// <summary>When the order was created.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>When the order last changed.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? UpdateTime { get; init; }

    /// <summary>When the order was paid.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? PaidTime { get; init; }

    /// <summary>The latest ready-to-ship time the platform allows: the dispatch deadline (LDR).</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? RtsSlaTime { get; init; }

    /// <summary>The latest carrier collection time the platform allows.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? TtsSlaTime { get; init; }

    /// <summary>Auto-cancel if not AWAITING_COLLECTION by then.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? ShippingDueTime { get; init; }

    /// <summary>Auto-cancel if not IN_TRANSIT by then.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? CollectionDueTime { get; init; }

    /// <summary>Auto-cancel if not DELIVERED by then.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? DeliveryDueTime { get; init; }

    /// <summary>Arrive by this time to count as on time.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? DeliverySlaTime { get; init; }

    /// <summary>The platform's automatic cancellation time.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? CancelOrderSlaTime { get; init; }

    /// <summary>When the seller shipped (mark-as-shipped succeeded).</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? RtsTime { get; init; }

    /// <summary>When the order became IN_TRANSIT.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? CollectionTime { get; init; }

    /// <summary>When the order became DELIVERED.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? DeliveryTime { get; init; }

    /// <summary>When the order became CANCELLED.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? CancelTime { get; init; }

    /// <summary>When the buyer asked to cancel.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? RequestCancelTime { get; init; }

    /// <summary><c>TIKTOK</c> (platform label) or <c>SELLER</c> (own carrier).</summary>
    public string? ShippingType { get; init; }

    /// <summary><c>FULFILLMENT_BY_SELLER</c>, <c>FULFILLMENT_BY_TIKTOK</c>…</summary>
    public string? FulfillmentType { get; init; }

    /// <summary>The delivery option; use it to list shipping providers.</summary>
    public string? DeliveryOptionId { get; init; }

    /// <summary>The delivery option's display name.</summary>
    public string? DeliveryOptionName { get; init; }

    /// <summary><c>HOME_DELIVERY</c> or <c>COLLECTION_POINT</c>.</summary>
    public string? DeliveryType { get; init; }

    /// <summary>The seller warehouse.</summary>
    public string? WarehouseId { get; init; }

    /// <summary><c>NORMAL</c>, <c>PRE_ORDER</c>, <c>MADE_TO_ORDER</c>…</summary>
    public string? OrderType { get; init; }

    /// <summary>Whether the buyer has a pending cancellation request (do not ship until resolved).</summary>
    public bool IsBuyerRequestCancel { get; init; }

    /// <summary>Whether the order was or will be ON_HOLD.</summary>
    public bool IsOnHoldOrder { get; init; }

    /// <summary>Whether this is a replacement order.</summary>
    public bool IsReplacementOrder { get; init; }

    /// <summary>Whether this is a sample order.</summary>
    public bool IsSampleOrder { get; init; }

    /// <summary>The order-level cancellation reason.</summary>
    public string? CancelReason { get; init; }

    /// <summary><c>SELLER</c>, <c>BUYER</c> or <c>SYSTEM</c>.</summary>
    public string? CancellationInitiator { get; init; }

    /// <summary>Tracking number, after shipping.</summary>
    public string? TrackingNumber { get; init; }

    /// <summary>Shipping provider name, after shipping.</summary>
    public string? ShippingProvider { get; init; }

    /// <summary>Shipping provider id, after shipping.</summary>
    public string? ShippingProviderId { get; init; }

    /// <summary><c>COMBINED</c> or <c>SPLIT</c>.</summary>
    public string? SplitOrCombineTag { get; init; }

    /// <summary>The buyer's note.</summary>
    public string? BuyerMessage { get; init; }

    /// <summary>The seller's note from Seller Center.</summary>
    public string? SellerNote { get; init; }

    /// <summary>The buyer's user id.</summary>
    public string? UserId { get; init; }

    /// <summary>The buyer's anonymized e-mail (contact buyers through Seller Center instead).</summary>
    public string? BuyerEmail { get; init; }

    /// <summary>Whether the buyer changed the address (re-read it before shipping).</summary>
    public bool HasUpdatedRecipientAddress { get; init; }

    /// <summary>Whether this is an exchange order (US and UK).</summary>
    public bool IsExchangeOrder { get; init; }

    /// <summary>The original order of an exchange order.</summary>
    public string? ExchangeSourceOrderId { get; init; }

    /// <summary>The order a replacement order replaces.</summary>
    public string? ReplacedOrderId { get; init; }

    /// <summary>Whether the buyer pays cash on delivery.</summary>
    public bool IsCod { get; init; }

    /// <summary>Groups orders of one buyer from a LIVE session for combined shipping.</summary>
    public string? AutoCombineGroupId { get; init; }

    /// <summary>Deliver before this time (delivery option's requirement).</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? DeliveryOptionRequiredDeliveryTime { get; init; }

    /// <summary>For pre-orders: when handling starts.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? ReleaseDate { get; init; }

    /// <summary>How long the seller has to hand over (days as TikTok sends them, a string).</summary>
    public TikTokHandlingDuration? HandlingDuration { get; init; }

    /// <summary>One element per unit (TikTok does not aggregate quantities).</summary>
    public IReadOnlyList<TikTokLineItem> LineItems { get; init => field = value ?? []; } = [];

    /// <summary>The order's packages.</summary>
    public IReadOnlyList<TikTokPackageReference> Packages { get; init => field = value ?? []; } = [];

    /// <summary>Where to ship.</summary>
    public TikTokRecipientAddress? RecipientAddress { get; init; }

    /// <summary>Amounts.</summary>
    public TikTokPayment? Payment { get; init; }
}

/// <summary>The handover duration of an order.</summary>
public sealed class TikTokHandlingDuration
{
    /// <summary>Number of days, as text (e.g. <c>"7"</c>).</summary>
    public string? Days { get; init; }

    /// <summary><c>BUSINESS_DAY</c> or <c>CALENDAR_DAY</c>.</summary>
    public string? Type { get; init; }
}

/// <summary>A package of an order.</summary>
public sealed class TikTokPackageReference
{
    /// <summary>The package id.</summary>
    public string Id { get; init => field = value ?? string.Empty; } = string.Empty;
}
