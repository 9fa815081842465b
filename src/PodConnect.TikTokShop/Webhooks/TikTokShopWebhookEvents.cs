using System.Text.Json;

namespace PodConnect.TikTokShop.Webhooks;

/// <summary>
/// A webhook delivery: the envelope <c>{type, tts_notification_id, shop_id, timestamp, data}</c>.
/// Known types parse to a subclass; any other type is a plain <see cref="TikTokShopWebhookEvent"/>
/// with <see cref="Data"/> kept raw, never an error.
/// </summary>
public class TikTokShopWebhookEvent
{
    /// <summary>Creates the event.</summary>
    public TikTokShopWebhookEvent(int type, string notificationId, string shopId, DateTimeOffset timestamp, JsonElement data)
    {
        Type = type;
        NotificationId = notificationId;
        ShopId = shopId;
        Timestamp = timestamp;
        Data = data;
    }

    /// <summary>The numeric event type (1 = order status change…).</summary>
    public int Type { get; }

    /// <summary>
    /// The idempotency key of the delivery (TikTok delivers at least once): <c>tts_notification_id</c>,
    /// or, when a delivery lacks it (one of TikTok's own examples does), a key derived from the signed
    /// body (<c>sha256:…</c>), so a redelivery of the same bytes is still recognised.
    /// </summary>
    public string NotificationId { get; }

    /// <summary>Whether <see cref="NotificationId"/> is TikTok's <c>tts_notification_id</c> rather than the fallback key.</summary>
    public bool HasTikTokNotificationId => !NotificationId.StartsWith(TikTokShopWebhookParser.FallbackKeyPrefix, StringComparison.Ordinal);

    /// <summary>The shop id (not the cipher).</summary>
    public string ShopId { get; }

    /// <summary>When TikTok sent it.</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>The raw <c>data</c> object (a clone, safe to keep).</summary>
    public JsonElement Data { get; }
}

/// <summary>Type 1: an order's status changed. Re-read the order before acting.</summary>
public sealed class TikTokOrderStatusChangedEvent(int type, string notificationId, string shopId, DateTimeOffset timestamp, JsonElement data)
    : TikTokShopWebhookEvent(type, notificationId, shopId, timestamp, data)
{
    /// <summary>The order.</summary>
    public string OrderId { get; init; } = string.Empty;

    /// <summary>The new status.</summary>
    public Orders.TikTokOrderStatus OrderStatus { get; init; }

    /// <summary>Whether the order is or was on hold.</summary>
    public bool IsOnHoldOrder { get; init; }

    /// <summary>When the status changed.</summary>
    public DateTimeOffset? UpdateTime { get; init; }
}

/// <summary>Type 3: the buyer changed the address. Re-fetch it before shipping.</summary>
public sealed class TikTokRecipientAddressUpdatedEvent(int type, string notificationId, string shopId, DateTimeOffset timestamp, JsonElement data)
    : TikTokShopWebhookEvent(type, notificationId, shopId, timestamp, data)
{
    /// <summary>The order.</summary>
    public string OrderId { get; init; } = string.Empty;

    /// <summary>When the address changed.</summary>
    public DateTimeOffset? UpdateTime { get; init; }
}

/// <summary>Type 4 (PACKAGE_UPDATE): packages were combined, split or changed; re-read the orders before shipping them.</summary>
public sealed class TikTokPackageUpdatedEvent(int type, string notificationId, string shopId, DateTimeOffset timestamp, JsonElement data)
    : TikTokShopWebhookEvent(type, notificationId, shopId, timestamp, data)
{
    /// <summary>What happened (<c>sc_type</c>): combine, split, their cancellations…</summary>
    public TikTokPackageUpdateType ScType { get; init; }

    /// <summary>Who did it: <c>ROLE_USER</c>, <c>ROLE_SELLER</c>, <c>ROLE_OPERATOR</c> or <c>ROLE_SYSTEM</c>.</summary>
    public string? RoleType { get; init; }

    /// <summary>The packages and their orders.</summary>
    public IReadOnlyList<TikTokPackageOrders> Packages { get; init; } = [];

    /// <summary>When it happened.</summary>
    public DateTimeOffset? UpdateTime { get; init; }
}

/// <summary>A package and the orders in it.</summary>
/// <param name="PackageId">The package.</param>
/// <param name="OrderIds">Its orders.</param>
public sealed record TikTokPackageOrders(string PackageId, IReadOnlyList<string> OrderIds);

/// <summary>Type 11: a cancellation request changed (e.g. the buyer asked to cancel: hold the order).</summary>
public sealed class TikTokCancellationStatusChangedEvent(int type, string notificationId, string shopId, DateTimeOffset timestamp, JsonElement data)
    : TikTokShopWebhookEvent(type, notificationId, shopId, timestamp, data)
{
    /// <summary>The order.</summary>
    public string OrderId { get; init; } = string.Empty;

    /// <summary>e.g. <c>CANCELLATION_REQUEST_PENDING</c>.</summary>
    public string? CancelStatus { get; init; }

    /// <summary>Who asked.</summary>
    public string? CancellationsRole { get; init; }

    /// <summary>The cancellation id.</summary>
    public string? CancelId { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreateTime { get; init; }
}

/// <summary>Type 6: the seller removed the app's authorization; forget the seller's tokens.</summary>
public sealed class TikTokSellerDeauthorizedEvent(int type, string notificationId, string shopId, DateTimeOffset timestamp, JsonElement data)
    : TikTokShopWebhookEvent(type, notificationId, shopId, timestamp, data)
{
    /// <summary>TikTok's message.</summary>
    public string? Message { get; init; }
}

/// <summary>Type 7: the authorization expires soon (sent 30 days before, then daily); ask the seller to re-authorize.</summary>
public sealed class TikTokAuthorizationExpiringEvent(int type, string notificationId, string shopId, DateTimeOffset timestamp, JsonElement data)
    : TikTokShopWebhookEvent(type, notificationId, shopId, timestamp, data)
{
    /// <summary>TikTok's message.</summary>
    public string? Message { get; init; }

    /// <summary>When the authorization expires (TikTok sends a string of Unix seconds).</summary>
    public DateTimeOffset? ExpirationTime { get; init; }
}

/// <summary>
/// Type 27 (Inventory status change): a SKU's stock fell to LOW_STOCK or OUT_OF_STOCK
/// (<see cref="TikTokInventoryAlertType.Realtime"/>), or TikTok predicts it will run out in
/// <see cref="LeadDays"/> days (<see cref="TikTokInventoryAlertType.Prediction"/>).
/// </summary>
public sealed class TikTokInventoryStatusChangedEvent(int type, string notificationId, string shopId, DateTimeOffset timestamp, JsonElement data)
    : TikTokShopWebhookEvent(type, notificationId, shopId, timestamp, data)
{
    /// <summary>The product.</summary>
    public string ProductId { get; init; } = string.Empty;

    /// <summary>The SKU.</summary>
    public string SkuId { get; init; } = string.Empty;

    /// <summary>Why it fired.</summary>
    public TikTokInventoryAlertType AlertType { get; init; }

    /// <summary>For a prediction: days from <see cref="UpdateTime"/> to the predicted stock-out.</summary>
    public int? LeadDays { get; init; }

    /// <summary>For a real-time alert: the low-stock threshold that was met.</summary>
    public int? LowStockThreshold { get; init; }

    /// <summary><c>SUFFICIENT_STOCK</c>, <c>LOW_STOCK</c> or <c>OUT_OF_STOCK</c>.</summary>
    public TikTokInventoryStatus CurrentInventoryStatus { get; init; }

    /// <summary>Where the units are, when TikTok sent it.</summary>
    public TikTokInventoryDistribution? InventoryDistribution { get; init; }

    /// <summary>When the status changed.</summary>
    public DateTimeOffset? UpdateTime { get; init; }
}

/// <summary>Where a SKU's units are (type 27): total = available + creator reserved + campaign reserved + committed.</summary>
/// <param name="TotalQuantity">Units physically in the warehouses.</param>
/// <param name="AvailableQuantity">Units buyers can order.</param>
/// <param name="CreatorReservedQuantity">Units reserved for creators.</param>
/// <param name="CampaignReservedQuantity">Units reserved for campaigns.</param>
/// <param name="CommittedQuantity">Units reserved by open orders.</param>
public sealed record TikTokInventoryDistribution(long? TotalQuantity, long? AvailableQuantity, long? CreatorReservedQuantity, long? CampaignReservedQuantity, long? CommittedQuantity);
