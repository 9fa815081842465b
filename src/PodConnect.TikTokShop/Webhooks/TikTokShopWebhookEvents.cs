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

    /// <summary><c>tts_notification_id</c>: the idempotency key of the delivery (TikTok delivers at least once).</summary>
    public string NotificationId { get; }

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

/// <summary>Type 4: packages were combined or split.</summary>
public sealed class TikTokPackageUpdatedEvent(int type, string notificationId, string shopId, DateTimeOffset timestamp, JsonElement data)
    : TikTokShopWebhookEvent(type, notificationId, shopId, timestamp, data)
{
    /// <summary><c>COMBINE</c> or <c>SPLIT</c>.</summary>
    public string? ScType { get; init; }

    /// <summary>Who did it.</summary>
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
