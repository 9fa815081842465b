using System.Globalization;
using System.Text.Json;
using PodConnect.Providers;
using PodConnect.TikTokShop.Orders;

namespace PodConnect.TikTokShop.Webhooks;

/// <summary>Parses a (verified) webhook body into a typed event; unknown types fall back to the base event.</summary>
public static class TikTokShopWebhookParser
{
    /// <summary>Event type numbers the parser knows.</summary>
    public static class Types
    {
        /// <summary>ORDER_STATUS_CHANGE.</summary>
        public const int OrderStatusChange = 1;

        /// <summary>RECIPIENT_ADDRESS_UPDATE.</summary>
        public const int RecipientAddressUpdate = 3;

        /// <summary>PACKAGE_UPDATE.</summary>
        public const int PackageUpdate = 4;

        /// <summary>SELLER_DEAUTHORIZATION.</summary>
        public const int SellerDeauthorization = 6;

        /// <summary>UPCOMING_AUTHORIZATION_EXPIRATION.</summary>
        public const int UpcomingAuthorizationExpiration = 7;

        /// <summary>CANCELLATION_STATUS_CHANGE.</summary>
        public const int CancellationStatusChange = 11;
    }

    /// <summary>Parses the envelope.</summary>
    /// <exception cref="WebhookVerificationException">The body is not a TikTok webhook envelope.</exception>
    public static TikTokShopWebhookEvent Parse(ReadOnlySpan<byte> rawBody)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(rawBody);
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException ex)
        {
            throw new WebhookVerificationException("The TikTok Shop webhook body is not valid JSON: " + ex.Message, "tiktok-shop");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || Number(root, "type") is not { } type
                || Text(root, "tts_notification_id") is not { } id
                || Text(root, "shop_id") is not { } shopId)
            {
                throw new WebhookVerificationException("The TikTok Shop webhook body lacks type, tts_notification_id or shop_id.", "tiktok-shop");
            }

            var timestamp = Time(root, "timestamp") ?? DateTimeOffset.UnixEpoch;
            var data = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d.Clone() : default;
            var hasData = data.ValueKind == JsonValueKind.Object;
            return (int)type switch
            {
                Types.OrderStatusChange when hasData => new TikTokOrderStatusChangedEvent((int)type, id, shopId, timestamp, data)
                {
                    OrderId = Text(data, "order_id") ?? string.Empty,
                    OrderStatus = TikTokOrderStatus.FromValue(Text(data, "order_status") ?? string.Empty),
                    IsOnHoldOrder = data.TryGetProperty("is_on_hold_order", out var hold) && hold.ValueKind == JsonValueKind.True,
                    UpdateTime = Time(data, "update_time"),
                },
                Types.RecipientAddressUpdate when hasData => new TikTokRecipientAddressUpdatedEvent((int)type, id, shopId, timestamp, data)
                {
                    OrderId = Text(data, "order_id") ?? string.Empty,
                    UpdateTime = Time(data, "update_time"),
                },
                Types.PackageUpdate when hasData => new TikTokPackageUpdatedEvent((int)type, id, shopId, timestamp, data)
                {
                    ScType = Text(data, "sc_type"),
                    RoleType = Text(data, "role_type"),
                    Packages = Packages(data),
                    UpdateTime = Time(data, "update_time"),
                },
                Types.SellerDeauthorization => new TikTokSellerDeauthorizedEvent((int)type, id, shopId, timestamp, data)
                {
                    Message = hasData ? Text(data, "message") : null,
                },
                Types.UpcomingAuthorizationExpiration => new TikTokAuthorizationExpiringEvent((int)type, id, shopId, timestamp, data)
                {
                    Message = hasData ? Text(data, "message") : null,
                    ExpirationTime = hasData ? Time(data, "expiration_time") : null,
                },
                Types.CancellationStatusChange when hasData => new TikTokCancellationStatusChangedEvent((int)type, id, shopId, timestamp, data)
                {
                    OrderId = Text(data, "order_id") ?? string.Empty,
                    CancelStatus = Text(data, "cancel_status"),
                    CancellationsRole = Text(data, "cancellations_role"),
                    CancelId = Text(data, "cancel_id"),
                    CreateTime = Time(data, "create_time"),
                },
                _ => new TikTokShopWebhookEvent((int)type, id, shopId, timestamp, data),
            };
        }
    }

    private static List<TikTokPackageOrders> Packages(JsonElement data)
    {
        if (!data.TryGetProperty("package_list", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var result = new List<TikTokPackageOrders>();
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var orders = item.TryGetProperty("order_id_list", out var ids) && ids.ValueKind == JsonValueKind.Array
                ? ids.EnumerateArray().Select(AsText).OfType<string>().ToList()
                : [];
            result.Add(new TikTokPackageOrders(Text(item, "package_id") ?? string.Empty, orders));
        }

        return result;
    }

    // Ids arrive as strings, but some samples send numbers: accept both, keeping every digit.
    private static string? Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) ? AsText(value) : null;

    private static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    private static long? Number(JsonElement obj, string name) =>
        Text(obj, name) is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static DateTimeOffset? Time(JsonElement obj, string name) =>
        Number(obj, name) is { } seconds && seconds > 0 && seconds < 253402300800 ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
}
