using System.Globalization;
using System.Security.Cryptography;
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

        /// <summary>Inventory status change (low stock, out of stock, predicted stock-out).</summary>
        public const int InventoryStatusChange = 27;
    }

    /// <summary>The prefix of the de-duplication key made from the body when a delivery has no <c>tts_notification_id</c>.</summary>
    public const string FallbackKeyPrefix = "sha256:";

    /// <summary>
    /// Parses the envelope. <c>type</c> and <c>shop_id</c> are required; a delivery without
    /// <c>tts_notification_id</c> is still accepted and keyed on a hash of its bytes (see
    /// <see cref="TikTokShopWebhookEvent.NotificationId"/>). Fields of <c>data</c> that are missing or
    /// of an unexpected type are left empty, never an error: re-read the order before acting.
    /// </summary>
    /// <exception cref="WebhookVerificationException">The body is not a TikTok webhook envelope (the message names what is wrong).</exception>
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
            try
            {
                return Parse(document.RootElement, rawBody);
            }
            catch (InvalidOperationException ex)
            {
                // Valid JSON, invalid text: a name or value escapes a lone UTF-16 surrogate.
                throw new WebhookVerificationException("The TikTok Shop webhook body holds an escaped lone UTF-16 surrogate, which is not text: " + ex.Message, "tiktok-shop");
            }
        }
    }

    private static TikTokShopWebhookEvent Parse(JsonElement root, ReadOnlySpan<byte> rawBody)
    {
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new WebhookVerificationException("The TikTok Shop webhook body is not a JSON object.", "tiktok-shop");
            }

            if (Number(root, "type") is not { } number || number is < int.MinValue or > int.MaxValue)
            {
                throw new WebhookVerificationException("The TikTok Shop webhook body has no usable 'type' (an integer is required).", "tiktok-shop");
            }

            if (Text(root, "shop_id") is not { Length: > 0 } shopId)
            {
                throw new WebhookVerificationException("The TikTok Shop webhook body has no 'shop_id'.", "tiktok-shop");
            }

            var type = (int)number;
            var id = Text(root, "tts_notification_id") is { Length: > 0 } given ? given : FallbackKey(rawBody);
            var timestamp = Time(root, "timestamp") ?? DateTimeOffset.UnixEpoch;
            var data = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d.Clone() : default;
            var hasData = data.ValueKind == JsonValueKind.Object;
            return type switch
            {
                Types.OrderStatusChange when hasData => new TikTokOrderStatusChangedEvent(type, id, shopId, timestamp, data)
                {
                    OrderId = Text(data, "order_id") ?? string.Empty,
                    OrderStatus = TikTokOrderStatus.FromValue(Text(data, "order_status") ?? string.Empty),
                    IsOnHoldOrder = data.TryGetProperty("is_on_hold_order", out var hold) && hold.ValueKind == JsonValueKind.True,
                    UpdateTime = Time(data, "update_time"),
                },
                Types.RecipientAddressUpdate when hasData => new TikTokRecipientAddressUpdatedEvent(type, id, shopId, timestamp, data)
                {
                    OrderId = Text(data, "order_id") ?? string.Empty,
                    UpdateTime = Time(data, "update_time"),
                },
                Types.PackageUpdate when hasData => new TikTokPackageUpdatedEvent(type, id, shopId, timestamp, data)
                {
                    ScType = TikTokPackageUpdateType.FromValue(Text(data, "sc_type") ?? string.Empty),
                    RoleType = Text(data, "role_type"),
                    Packages = Packages(data),
                    UpdateTime = Time(data, "update_time"),
                },
                Types.SellerDeauthorization => new TikTokSellerDeauthorizedEvent(type, id, shopId, timestamp, data)
                {
                    Message = hasData ? Text(data, "message") : null,
                },
                Types.UpcomingAuthorizationExpiration => new TikTokAuthorizationExpiringEvent(type, id, shopId, timestamp, data)
                {
                    Message = hasData ? Text(data, "message") : null,
                    ExpirationTime = hasData ? Time(data, "expiration_time") : null,
                },
                Types.CancellationStatusChange when hasData => new TikTokCancellationStatusChangedEvent(type, id, shopId, timestamp, data)
                {
                    OrderId = Text(data, "order_id") ?? string.Empty,
                    CancelStatus = Text(data, "cancel_status"),
                    CancellationsRole = Text(data, "cancellations_role"),
                    CancelId = Text(data, "cancel_id"),
                    CreateTime = Time(data, "create_time"),
                },
                Types.InventoryStatusChange when hasData => InventoryStatusChanged(type, id, shopId, timestamp, data),
                _ => new TikTokShopWebhookEvent(type, id, shopId, timestamp, data),
            };
        }
    }

    private static TikTokInventoryStatusChangedEvent InventoryStatusChanged(int type, string id, string shopId, DateTimeOffset timestamp, JsonElement data)
    {
        var reason = Object(data, "trigger_reason");
        var distribution = Object(data, "inventory_distribution");
        return new TikTokInventoryStatusChangedEvent(type, id, shopId, timestamp, data)
        {
            ProductId = Text(data, "product_id") ?? string.Empty,
            SkuId = Text(data, "sku_id") ?? string.Empty,
            AlertType = TikTokInventoryAlertType.FromValue(reason is { } r ? Text(r, "alert_type") ?? string.Empty : string.Empty),
            LeadDays = reason is { } lead ? SmallNumber(lead, "lead_days") : null,
            LowStockThreshold = reason is { } low ? SmallNumber(low, "low_stock_threshold") : null,
            CurrentInventoryStatus = TikTokInventoryStatus.FromValue(Text(data, "current_inventory_status") ?? string.Empty),
            InventoryDistribution = distribution is { } q
                ? new TikTokInventoryDistribution(Number(q, "total_quantity"), Number(q, "available_quantity"), Number(q, "creator_reserved_quantity"), Number(q, "campaign_reserved_quantity"), Number(q, "committed_quantity"))
                : null,
            UpdateTime = Time(data, "update_time"),
        };
    }

    // The same bytes give the same key, so TikTok's redelivery of a delivery without an id is still a duplicate.
    private static string FallbackKey(ReadOnlySpan<byte> rawBody)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(rawBody, hash);
        return FallbackKeyPrefix + Convert.ToHexStringLower(hash);
    }

    private static JsonElement? Object(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static int? SmallNumber(JsonElement obj, string name) =>
        Number(obj, name) is { } n && n is >= int.MinValue and <= int.MaxValue ? (int)n : null;

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
        JsonValueKind.String => StringOrNull(value),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    // A JSON string may escape a lone UTF-16 surrogate (valid JSON, not valid text): .NET refuses to
    // decode it. Such a value is unusable, like a missing one.
    private static string? StringOrNull(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static long? Number(JsonElement obj, string name) =>
        Text(obj, name) is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static DateTimeOffset? Time(JsonElement obj, string name) =>
        Number(obj, name) is { } seconds && seconds > 0 && seconds < 253402300800 ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
}
