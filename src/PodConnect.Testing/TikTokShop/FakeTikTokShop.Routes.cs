using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock;

namespace PodConnect.Testing.TikTokShop;

public sealed partial class FakeTikTokShop
{
    private const int MaxDetailIds = 50;

    // Every route names its path with the version as a group: the fake serves the versions TikTok's
    // documentation lists for that operation and answers 36009014 for any other, as TikTok does for a
    // retired version.
    private static readonly List<Route> Routes =
    [
        new("GET", ShopsPath(), ["202309"], ShopScoped: false, (f, r, _, _) => f.AuthorizedShops(r)),
        new("POST", SearchPath(), ["202309"], ShopScoped: true, (f, r, s, _) => f.SearchOrders(r, s!)),
        new("GET", DetailPath(), ["202309", "202507"], ShopScoped: true, (f, r, s, _) => f.OrderDetails(r, s!)),
        new("POST", ExternalOrdersPath(), ["202406"], ShopScoped: true, (f, r, s, _) => f.AddExternalOrders(r, s!)),
        new("GET", OrderExternalOrdersPath(), ["202406"], ShopScoped: true, (f, r, s, id) => f.GetExternalOrders(r, s!, id!)),
        new("POST", ExternalOrderSearchPath(), ["202406"], ShopScoped: true, (f, r, s, _) => f.SearchExternalOrders(r, s!)),
        new("POST", CancelOrderPath(), ["202309"], ShopScoped: true, (f, r, s, _) => f.CancelOrder(r, s!)),
        new("POST", MarkShippedPath(), ["202309"], ShopScoped: true, (f, r, s, id) => f.MarkShipped(r, s!, id!)),
        new("POST", ShippingInfoPath(), ["202309"], ShopScoped: true, (f, r, s, id) => f.UpdateShippingInfo(r, s!, id!)),
        new("GET", TrackingPath(), ["202309"], ShopScoped: true, (f, _, s, id) => f.Tracking(s!, id!)),
        new("GET", WarehousesPath(), ["202309"], ShopScoped: true, (f, _, _, _) => f.Warehouses()),
        new("GET", DeliveryOptionsPath(), ["202309"], ShopScoped: true, (f, _, _, id) => f.DeliveryOptions(id!)),
        new("GET", ProvidersPath(), ["202309"], ShopScoped: true, (f, _, _, id) => f.ShippingProviders(id!)),
        new("POST", InventoryUpdatePath(), ["202309"], ShopScoped: true, (f, r, s, id) => f.UpdateInventory(r, s!, id!)),
        new("POST", InventorySearchPath(), ["202309"], ShopScoped: true, (f, r, s, _) => f.SearchInventory(r, s!)),
        new("POST", ProductSearchPath(), ["202309", "202502"], ShopScoped: true, (f, r, s, _) => f.SearchProducts(r, s!)),
        new("POST", DeactivatePath(), ["202309"], ShopScoped: true, (f, r, s, _) => f.ChangeProductStatus(r, s!, activate: false)),
        new("POST", ActivatePath(), ["202309"], ShopScoped: true, (f, r, s, _) => f.ChangeProductStatus(r, s!, activate: true)),
        new("GET", WebhooksPath(), ["202309"], ShopScoped: true, (f, _, s, _) => f.GetWebhooks(s!)),
        new("PUT", WebhooksPath(), ["202309"], ShopScoped: true, (f, r, s, _) => f.PutWebhook(r, s!)),
        new("DELETE", WebhooksPath(), ["202309"], ShopScoped: true, (f, r, s, _) => f.DeleteWebhook(r, s!)),
    ];

    private static readonly HashSet<string> EventTypes = new(StringComparer.Ordinal)
    {
        "ORDER_STATUS_CHANGE", "RECIPIENT_ADDRESS_UPDATE", "PACKAGE_UPDATE", "PRODUCT_STATUS_CHANGE", "SELLER_DEAUTHORIZATION",
        "UPCOMING_AUTHORIZATION_EXPIRATION", "CANCELLATION_STATUS_CHANGE", "RETURN_STATUS_CHANGE", "NEW_CONVERSATION", "NEW_MESSAGE",
        "PRODUCT_INFORMATION_CHANGE", "PRODUCT_CREATION", "PRODUCT_CATEGORY_CHANGE", "PRODUCT_AUDIT_STATUS_CHANGE",
    };

    [GeneratedRegex("^/event/(?<v>[0-9]{6})/webhooks$")]
    private static partial Regex WebhooksPath();

    private (ResponseMessage, int) GetWebhooks(FakeShop shop)
    {
        var list = new JsonArray(shop.Webhooks.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => (JsonNode)new JsonObject
        {
            ["event_type"] = w.Key,
            ["address"] = w.Value.Address,
            ["create_time"] = w.Value.Created,
            ["update_time"] = w.Value.Updated,
        }).ToArray());
        return Ok(new JsonObject { ["webhooks"] = list, ["total_count"] = shop.Webhooks.Count });
    }

    private (ResponseMessage, int) PutWebhook(Incoming request, FakeShop shop)
    {
        if (ParseBody(request) is not { } body
            || body["event_type"]?.GetValue<string>() is not { } eventType || !EventTypes.Contains(eventType)
            || body["address"]?.GetValue<string>() is not { Length: > 0 and <= 255 } address
            || !Uri.TryCreate(address, UriKind.Absolute, out _))
        {
            return Error(36009004, "Invalid param error: a known event_type and an absolute address of at most 255 characters are required.");
        }

        var now = Time.GetUtcNow().ToUnixTimeSeconds();
        shop.Webhooks[eventType] = (address, shop.Webhooks.TryGetValue(eventType, out var existing) ? existing.Created : now, now);
        return Ok(new JsonObject());
    }

    private (ResponseMessage, int) DeleteWebhook(Incoming request, FakeShop shop)
    {
        if (ParseBody(request) is not { } body || body["event_type"]?.GetValue<string>() is not { } eventType || !EventTypes.Contains(eventType))
        {
            return Error(36009004, "Invalid param error: a known event_type is required.");
        }

        shop.Webhooks.Remove(eventType);
        return Ok(new JsonObject());
    }

    [GeneratedRegex("^/authorization/(?<v>[0-9]{6})/shops$")]
    private static partial Regex ShopsPath();

    [GeneratedRegex("^/order/(?<v>[0-9]{6})/orders/search$")]
    private static partial Regex SearchPath();

    [GeneratedRegex("^/order/(?<v>[0-9]{6})/orders$")]
    private static partial Regex DetailPath();

    [GeneratedRegex("^/return_refund/(?<v>[0-9]{6})/cancellations$")]
    private static partial Regex CancelOrderPath();

    [GeneratedRegex("^/fulfillment/(?<v>[0-9]{6})/orders/(?<id>[^/]+)/packages$")]
    private static partial Regex MarkShippedPath();

    [GeneratedRegex("^/fulfillment/(?<v>[0-9]{6})/orders/(?<id>[^/]+)/shipping_info/update$")]
    private static partial Regex ShippingInfoPath();

    [GeneratedRegex("^/fulfillment/(?<v>[0-9]{6})/orders/(?<id>[^/]+)/tracking$")]
    private static partial Regex TrackingPath();

    [GeneratedRegex("^/logistics/(?<v>[0-9]{6})/warehouses$")]
    private static partial Regex WarehousesPath();

    [GeneratedRegex("^/logistics/(?<v>[0-9]{6})/warehouses/(?<id>[^/]+)/delivery_options$")]
    private static partial Regex DeliveryOptionsPath();

    [GeneratedRegex("^/logistics/(?<v>[0-9]{6})/delivery_options/(?<id>[^/]+)/shipping_providers$")]
    private static partial Regex ProvidersPath();

    [GeneratedRegex("^/product/(?<v>[0-9]{6})/products/(?<id>[^/]+)/inventory/update$")]
    private static partial Regex InventoryUpdatePath();

    [GeneratedRegex("^/product/(?<v>[0-9]{6})/inventory/search$")]
    private static partial Regex InventorySearchPath();

    private (ResponseMessage, int) AuthorizedShops(Incoming request)
    {
        var seller = _accessTokens[request.AccessToken!].SellerId;
        var shops = new JsonArray();
        foreach (var shop in _shopsByCipher.Values.Where(s => s.SellerId == seller))
        {
            shops.Add(new JsonObject
            {
                ["id"] = shop.Id,
                ["name"] = shop.Name,
                ["region"] = shop.Region,
                ["seller_type"] = "LOCAL",
                ["cipher"] = shop.Cipher,
                ["code"] = "GBLC" + shop.Id[^6..],
            });
        }

        return Ok(new JsonObject { ["shops"] = shops });
    }

    private (ResponseMessage, int) SearchOrders(Incoming request, FakeShop shop)
    {
        if (!int.TryParse(request.Value("page_size"), NumberStyles.None, CultureInfo.InvariantCulture, out var pageSize) || pageSize is < 1 or > 100)
        {
            return Error(36009004, "Invalid param error: page_size must be between 1 and 100.");
        }

        if (ParseBody(request) is not { } filter)
        {
            return Error(36009022, "The request body must be JSON.");
        }

        var offset = 0;
        if (request.Value("page_token") is { } token)
        {
            // Tokens hold '+' and '/' on purpose, as TikTok's do: the client must encode them.
            if (!token.StartsWith("pt+", StringComparison.Ordinal) || !int.TryParse(token.AsSpan(3, token.IndexOf('/', StringComparison.Ordinal) - 3), CultureInfo.InvariantCulture, out offset))
            {
                return Error(36009004, "Invalid param error: page_token is invalid.");
            }
        }

        var sortField = request.Value("sort_field") ?? "create_time";
        var ascending = request.Value("sort_order") == "ASC";
        var matching = shop.Orders.Values.Where(o => Matches(o, filter)).ToList();
        var sorted = (ascending
            ? matching.OrderBy(o => Long(o, sortField)).ThenBy(o => (string)o["id"]!, StringComparer.Ordinal)
            : matching.OrderByDescending(o => Long(o, sortField)).ThenByDescending(o => (string)o["id"]!, StringComparer.Ordinal)).ToList();
        var page = new JsonArray(sorted.Skip(offset).Take(pageSize).Select(o => (JsonNode)o.DeepClone()).ToArray());
        var next = offset + pageSize < sorted.Count ? $"pt+{offset + pageSize}/{sorted.Count}==" : string.Empty;
        return Ok(new JsonObject { ["orders"] = page, ["next_page_token"] = next, ["total_count"] = sorted.Count });
    }

    private static bool Matches(JsonObject order, JsonObject filter)
    {
        if (filter["order_status"] is { } status && (string?)order["status"] != (string?)status)
        {
            return false;
        }

        if (filter["shipping_type"] is { } shipping && (string?)order["shipping_type"] != (string?)shipping)
        {
            return false;
        }

        if (filter["is_buyer_request_cancel"] is { } cancel && (bool?)order["is_buyer_request_cancel"] != (bool?)cancel)
        {
            return false;
        }

        foreach (var field in new[] { "create_time", "update_time" })
        {
            var value = Long(order, field);
            if (filter[field + "_ge"] is { } ge && value < (long)ge)
            {
                return false;
            }

            if (filter[field + "_lt"] is { } lt && value >= (long)lt)
            {
                return false;
            }
        }

        return true;
    }

    private static long Long(JsonObject order, string field) => order[field] is { } node ? (long)node : 0;

    private (ResponseMessage, int) OrderDetails(Incoming request, FakeShop shop)
    {
        var ids = (request.Value("ids") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (ids.Length is 0 or > MaxDetailIds)
        {
            return Error(36009004, "Invalid param error: ids must hold 1 to 50 order ids.");
        }

        var orders = new JsonArray(ids.Where(shop.Orders.ContainsKey).Select(id => (JsonNode)shop.Orders[id].DeepClone()).ToArray());
        return Ok(new JsonObject { ["orders"] = orders });
    }

    /// <summary>Cancel Order as TikTok documents it: a seller reason for a paid order that is not shipped yet.</summary>
    private (ResponseMessage, int) CancelOrder(Incoming request, FakeShop shop)
    {
        if (ParseBody(request) is not { } body
            || body["order_id"]?.GetValue<string>() is not { Length: > 0 } orderId
            || body["cancel_reason"]?.GetValue<string>() is not { Length: > 0 } reason)
        {
            return Error(25001001, "An invalid request parameter was passed: order_id and cancel_reason are required.");
        }

        if (!shop.Orders.TryGetValue(orderId, out var order))
        {
            return Error(25020005, "No permission to process this order");
        }

        var status = (string?)order["status"];
        if (status == "CANCELLED")
        {
            return Error(25001011, "A return request is already in process, or the order has already been cancelled.");
        }

        if (status is "AWAITING_COLLECTION" or "IN_TRANSIT" or "DELIVERED" or "PARTIALLY_SHIPPING")
        {
            return Error(25001045, "The order has already been shipped and we are unable to cancel shipment with the courier.");
        }

        if (!SellerCancelReasons.Contains(reason))
        {
            return Error(25001015, "The provided return reason cannot be used by the seller. Please select a valid return reason and try again.");
        }

        if (status is not ("ON_HOLD" or "AWAITING_SHIPMENT"))
        {
            return Error(25001021, "Reason not match order status");
        }

        var now = Time.GetUtcNow().ToUnixTimeSeconds();
        order["status"] = "CANCELLED";
        order["cancellation_initiator"] = "SELLER";
        order["cancel_reason"] = reason;
        order["cancel_time"] = now;
        order["update_time"] = now;
        foreach (var item in ((JsonArray)order["line_items"]!).OfType<JsonObject>())
        {
            item["display_status"] = "CANCELLED";
            item["cancel_reason"] = reason;
            item["cancel_user"] = "SELLER";
        }

        _sellerCancellations[orderId] = reason;
        return Ok(new JsonObject { ["cancel_id"] = "40353192" + Next().ToString("D11", CultureInfo.InvariantCulture), ["cancel_status"] = "CANCELLATION_REQUEST_COMPLETE" });
    }

    /// <summary>The seller reasons TikTok lists for ON_HOLD and AWAITING_SHIPMENT orders (US names, and the UK's with <c>_uk</c>).</summary>
    private static readonly HashSet<string> SellerCancelReasons = new(StringComparer.Ordinal)
    {
        "seller_cancel_reason_out_of_stock", "seller_cancel_reason_wrong_price", "seller_cancel_paid_reason_address_not_deliver", "seller_cancel_paid_reason_buyer_requested_cancellation",
        "seller_cancel_reason_out_of_stock_uk", "seller_cancel_reason_wrong_price_uk", "seller_cancel_paid_reason_address_not_deliver_uk",
    };

    private (ResponseMessage, int) MarkShipped(Incoming request, FakeShop shop, string orderId)
    {
        MarkShippedCount++;
        if (!shop.Orders.TryGetValue(orderId, out var order))
        {
            return Error(21008111, "The order or package does not belong to the current seller.");
        }

        if (ParseBody(request) is not { } body
            || body["shipping_provider_id"]?.GetValue<string>() is not { Length: > 0 } providerId
            || body["tracking_number"]?.GetValue<string>() is not { Length: > 0 } tracking)
        {
            return Error(36009004, "Invalid param error: shipping_provider_id and tracking_number are required.");
        }

        var status = (string?)order["status"];
        var items = ((JsonArray)order["line_items"]!).OfType<JsonObject>().ToList();
        var requested = body["order_line_item_ids"] is JsonArray list ? list.Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) : null;
        var named = items.Where(i => requested is null || requested.Contains((string)i["id"]!)).ToList();
        if (status is "AWAITING_COLLECTION" or "IN_TRANSIT" or "DELIVERED" or "COMPLETED"
            || (named.Count > 0 && named.All(i => i["package_id"] is not null) && (requested is null || named.Count == requested.Count)))
        {
            return Error(21008099, "Package has been shipped.");
        }

        if (status == "ON_HOLD")
        {
            return Error(21011044, "The order is on hold and cannot be shipped yet.");
        }

        if (status is not ("AWAITING_SHIPMENT" or "PARTIALLY_SHIPPING"))
        {
            // Fake-specific code: TikTok's code for "wrong order status" is not documented in our sources.
            return Error(21011001, $"The order status {status} does not allow shipping.");
        }

        if ((bool?)order["is_buyer_request_cancel"] == true)
        {
            return Error(21011007, "An after-sale request of this order is pending.");
        }

        var toShip = named.Where(i => i["package_id"] is null).ToList();
        if (toShip.Count == 0 || (requested is not null && toShip.Count != requested.Count))
        {
            return Error(36009004, "Invalid param error: order_line_item_ids contains unknown or already shipped line items.");
        }

        if (TrackingProblem(shop, orderId, providerId, tracking) is { } problem)
        {
            return problem;
        }

        var providerName = ProviderName(providerId)!;
        var now = Time.GetUtcNow().ToUnixTimeSeconds();
        var packageId = "115313216812" + Next().ToString("D7", CultureInfo.InvariantCulture);
        foreach (var item in toShip)
        {
            item["package_id"] = packageId;
            item["package_status"] = "PROCESSING";
            item["display_status"] = "AWAITING_COLLECTION";
            item["tracking_number"] = tracking;
            item["shipping_provider_id"] = providerId;
            item["shipping_provider_name"] = providerName;
            item["rts_time"] = now;
        }

        ((JsonArray)order["packages"]!).Add(new JsonObject { ["id"] = packageId });
        var allShipped = items.All(i => i["package_id"] is not null || (string?)i["display_status"] == "CANCELLED");
        order["status"] = allShipped ? "AWAITING_COLLECTION" : "PARTIALLY_SHIPPING";
        order["tracking_number"] = tracking;
        order["shipping_provider_id"] = providerId;
        order["shipping_provider"] = providerName;
        order["rts_time"] = now;
        order["update_time"] = now;
        return Ok(new JsonObject
        {
            ["order_id"] = orderId,
            ["order_line_item_ids"] = new JsonArray(toShip.Select(i => (JsonNode)JsonValue.Create((string)i["id"]!)!).ToArray()),
            ["package_id"] = packageId,
        });
    }

    private (ResponseMessage, int) UpdateShippingInfo(Incoming request, FakeShop shop, string orderId)
    {
        if (!shop.Orders.TryGetValue(orderId, out var order))
        {
            return Error(21008111, "The order or package does not belong to the current seller.");
        }

        if (ParseBody(request) is not { } body
            || body["shipping_provider_id"]?.GetValue<string>() is not { Length: > 0 } providerId
            || body["tracking_number"]?.GetValue<string>() is not { Length: > 0 } tracking)
        {
            return Error(36009004, "Invalid param error: shipping_provider_id and tracking_number are required.");
        }

        if (order["tracking_number"] is null)
        {
            return Error(21011001, "The order has not been shipped.");
        }

        // TikTok: within 72 hours of shipping, and only once.
        if (Time.GetUtcNow().ToUnixTimeSeconds() - (long)order["rts_time"]! > 72 * 3600)
        {
            return Error(21011050, "The shipping information can only be updated within 72 hours after shipping.");
        }

        if (shop.EditedShippingInfo.Contains(orderId))
        {
            return Error(21011051, "The shipping information can only be updated once.");
        }

        if (TrackingProblem(shop, orderId, providerId, tracking) is { } problem)
        {
            return problem;
        }

        var providerName = ProviderName(providerId)!;
        shop.EditedShippingInfo.Add(orderId);
        order["tracking_number"] = tracking;
        order["shipping_provider_id"] = providerId;
        order["shipping_provider"] = providerName;
        foreach (var item in ((JsonArray)order["line_items"]!).OfType<JsonObject>().Where(i => i["package_id"] is not null))
        {
            item["tracking_number"] = tracking;
            item["shipping_provider_id"] = providerId;
            item["shipping_provider_name"] = providerName;
        }

        return Ok(new JsonObject());
    }

    /// <summary>
    /// The tracking checks TikTok documents, as far as a fake can make them: a known provider
    /// (21011022), no special characters (21004012; the fake allows letters and digits only, TikTok's
    /// exact set is not documented), and a number no other order of the shop uses (21034012).
    /// </summary>
    private (ResponseMessage, int)? TrackingProblem(FakeShop shop, string orderId, string providerId, string tracking)
    {
        if (ProviderName(providerId) is null)
        {
            return Error(21011022, "Invalid tracking number or shipping provider.");
        }

        if (!tracking.All(char.IsAsciiLetterOrDigit))
        {
            return Error(21004012, "The tracking number contains special characters.");
        }

        var usedElsewhere = shop.Orders.Any(o => o.Key != orderId
            && ((string?)o.Value["tracking_number"] == tracking
                || ((JsonArray)o.Value["line_items"]!).OfType<JsonObject>().Any(i => (string?)i["tracking_number"] == tracking)));
        return usedElsewhere ? Error(21034012, "The tracking no has been used.") : null;
    }

    private (ResponseMessage, int) Tracking(FakeShop shop, string orderId)
    {
        if (!shop.Orders.TryGetValue(orderId, out var order))
        {
            return Error(21008111, "The order or package does not belong to the current seller.");
        }

        var events = new JsonArray();
        if (order["rts_time"] is { } rts && (long)rts > 0)
        {
            events.Add(new JsonObject { ["description"] = "Shipping label created", ["update_time_millis"] = (long)rts * 1000 });
        }

        return Ok(new JsonObject { ["tracking"] = events });
    }

    private (ResponseMessage, int) Warehouses() => Ok(new JsonObject
    {
        ["warehouses"] = new JsonArray(new JsonObject
        {
            ["id"] = DefaultWarehouseId,
            ["name"] = "Edinburgh print hub",
            ["is_default"] = true,
            ["effect_status"] = "ENABLED",
            ["type"] = "SALES_WAREHOUSE",
            ["sub_type"] = "DOMESTIC_WAREHOUSE",
            ["address"] = new JsonObject { ["region_code"] = "GB", ["postal_code"] = "EH1 1YZ", ["city"] = "Edinburgh", ["state"] = "Scotland", ["full_address"] = "1 Print Way, Edinburgh" },
        }),
    });

    private (ResponseMessage, int) DeliveryOptions(string warehouseId) => warehouseId != DefaultWarehouseId
        ? Error(36009004, "Invalid param error: warehouse_id is invalid.")
        : Ok(new JsonObject
        {
            ["delivery_options"] = new JsonArray(new JsonObject
            {
                ["id"] = DefaultDeliveryOptionId,
                ["name"] = "Standard shipping",
                ["description"] = "Seller ships with its own carrier",
                ["type"] = "SEND_BY_SELLER",
            }),
        });

    private (ResponseMessage, int) ShippingProviders(string deliveryOptionId) => deliveryOptionId != DefaultDeliveryOptionId
        ? Error(36009004, "Invalid param error: delivery_option_id is invalid.")
        : Ok(new JsonObject
        {
            ["shipping_providers"] = new JsonArray(
                new JsonObject { ["id"] = RoyalMailProviderId, ["name"] = "Royal Mail" },
                new JsonObject { ["id"] = "6617675021119438850", ["name"] = "Evri" },
                new JsonObject { ["id"] = "6617675021119438851", ["name"] = "DPD UK" }),
        });

    private static string? ProviderName(string providerId) => providerId switch
    {
        RoyalMailProviderId => "Royal Mail",
        "6617675021119438850" => "Evri",
        "6617675021119438851" => "DPD UK",
        _ => null,
    };

    private (ResponseMessage, int) UpdateInventory(Incoming request, FakeShop shop, string productId)
    {
        InventoryUpdateCount++;
        if (!shop.Products.TryGetValue(productId, out var skus))
        {
            return Error(12052001, "The product does not exist.");
        }

        if (shop.DeactivatedProducts.Contains(productId))
        {
            return Error(12052901, "The product in its current status is not available for this operation. Change the product status and try again.");
        }

        if (ParseBody(request) is not { } body || body["skus"] is not JsonArray requested)
        {
            return Error(12052036, "The SKU ID is necessary.");
        }

        var errors = new JsonArray();
        foreach (var entry in requested.OfType<JsonObject>())
        {
            var skuId = entry["id"]?.GetValue<string>() ?? string.Empty;
            var stock = entry["inventory"] as JsonArray ?? [];
            if (!skus.TryGetValue(skuId, out var sku))
            {
                errors.Add(SkuError(12052036, "The SKU does not belong to this product.", skuId, []));
                continue;
            }

            var extra = new List<JsonNode>();
            var updates = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var line in stock.OfType<JsonObject>())
            {
                var warehouse = line["warehouse_id"]?.GetValue<string>() ?? (sku.Stock.Count == 1 ? sku.Stock.Keys.First() : string.Empty);
                var quantity = line["quantity"]?.GetValue<int>() ?? -1;
                if (!sku.Stock.ContainsKey(warehouse))
                {
                    extra.Add(new JsonObject { ["warehouse_id"] = warehouse, ["code"] = 12052097, ["message"] = "The warehouse does not exist" });
                }
                else if (quantity is > 99_999 || quantity < (AcceptsZeroInventory ? 0 : 1))
                {
                    extra.Add(new JsonObject { ["warehouse_id"] = warehouse, ["code"] = 12019024, ["message"] = "stock count is invalid" });
                }
                else
                {
                    updates[warehouse] = quantity;
                }
            }

            if (extra.Count > 0)
            {
                errors.Add(SkuError(12052990, "Check failed", skuId, extra));
            }
            else if (updates.Count != sku.Stock.Count)
            {
                errors.Add(SkuError(12019028, "Multiple warehouses detected. Include all warehouse IDs assigned to this SKU.", skuId, []));
            }
            else
            {
                foreach (var (warehouse, quantity) in updates)
                {
                    sku.Stock[warehouse] = quantity;
                }
            }
        }

        return Ok(errors.Count == 0 ? new JsonObject() : new JsonObject { ["errors"] = errors });
    }

    private static JsonObject SkuError(int code, string message, string skuId, List<JsonNode> extra) => new()
    {
        ["code"] = code,
        ["message"] = message,
        ["detail"] = new JsonObject { ["sku_id"] = skuId, ["extra_errors"] = new JsonArray(extra.ToArray()) },
    };

    private (ResponseMessage, int) SearchInventory(Incoming request, FakeShop shop)
    {
        if (ParseBody(request) is not { } body)
        {
            return Error(36009022, "The request body must be JSON.");
        }

        var skuIds = (body["sku_ids"] as JsonArray)?.Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var productIds = (body["product_ids"] as JsonArray)?.Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var inventory = new JsonArray();
        foreach (var (productId, skus) in shop.Products)
        {
            var selected = skus.Where(s => skuIds is not null ? skuIds.Contains(s.Key) : productIds?.Contains(productId) == true).ToList();
            if (selected.Count == 0)
            {
                continue;
            }

            inventory.Add(new JsonObject
            {
                ["product_id"] = productId,
                ["skus"] = new JsonArray(selected.Select(s => (JsonNode)new JsonObject
                {
                    ["id"] = s.Key,
                    ["seller_sku"] = s.Value.SellerSku,
                    ["total_available_quantity"] = s.Value.Stock.Values.Sum(),
                    ["total_committed_quantity"] = 0,
                    ["warehouse_inventory"] = new JsonArray(s.Value.Stock.Select(w => (JsonNode)new JsonObject
                    {
                        ["warehouse_id"] = w.Key,
                        ["available_quantity"] = w.Value,
                        ["committed_quantity"] = 0,
                    }).ToArray()),
                }).ToArray()),
            });
        }

        return Ok(new JsonObject { ["inventory"] = inventory });
    }

    private static JsonObject? ParseBody(Incoming request)
    {
        if (request.Body.Length == 0)
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(request.Body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Route(string Method, Regex Pattern, string[] Versions, bool ShopScoped, Func<FakeTikTokShop, Incoming, FakeShop?, string?, (ResponseMessage, int)> Handler);
}
