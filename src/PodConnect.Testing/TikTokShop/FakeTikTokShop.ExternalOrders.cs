using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock;

namespace PodConnect.Testing.TikTokShop;

/// <summary>External order references (API 202406), as TikTok documents them.</summary>
public sealed partial class FakeTikTokShop
{
    private const int MaxExternalOrders = 100;

    private static readonly HashSet<string> ExternalPlatforms = new(StringComparer.Ordinal)
    {
        "SHOPIFY", "WOOCOMMERCE", "BIGCOMMERCE", "MAGENTO", "SALESFORCE_COMMERCE_CLOUD", "CHANNEL_ADVISOR", "AMAZON",
        "ORDER_MANAGEMENT_SYSTEM", "WAREHOUSE_MANAGEMENT_SYSTEM", "ERP_SYSTEM",
    };

    /// <summary>The external order a TikTok order carries for a platform (its JSON as TikTok returns it), or null.</summary>
    public JsonObject? GetExternalOrder(string shopCipher, string orderId, string platform)
    {
        lock (_gate)
        {
            return _shopsByCipher[shopCipher].ExternalOrders.TryGetValue((orderId, platform), out var external) ? (JsonObject)external.DeepClone() : null;
        }
    }

    [GeneratedRegex("^/order/(?<v>[0-9]{6})/orders/external_orders$")]
    private static partial Regex ExternalOrdersPath();

    [GeneratedRegex("^/order/(?<v>[0-9]{6})/orders/(?<id>[^/]+)/external_orders$")]
    private static partial Regex OrderExternalOrdersPath();

    [GeneratedRegex("^/order/(?<v>[0-9]{6})/orders/external_order_search$")]
    private static partial Regex ExternalOrderSearchPath();

    private (ResponseMessage, int) AddExternalOrders(Incoming request, FakeShop shop)
    {
        if (ParseBody(request) is not { } body || body["orders"] is not JsonArray orders || orders.Count is 0 or > MaxExternalOrders)
        {
            return Error(36009004, "Invalid param error: orders must hold 1 to 100 orders.");
        }

        var errors = new JsonArray();
        foreach (var entry in orders)
        {
            var orderId = (entry as JsonObject)?["id"] is JsonValue id && id.TryGetValue<string>(out var text) ? text : string.Empty;
            var external = (entry as JsonObject)?["external_order"] as JsonObject;
            var externalId = external?["id"] is JsonValue e && e.TryGetValue<string>(out var eid) ? eid : null;
            var platform = external?["platform"] is JsonValue p && p.TryGetValue<string>(out var ptext) ? ptext : null;
            var problem = ExternalOrderProblem(shop, orderId, externalId, platform, external?["line_items"] as JsonArray);
            if (problem is not null)
            {
                // Codes come as strings on this endpoint, as in TikTok's example.
                errors.Add(new JsonObject
                {
                    ["code"] = problem.Value.Code,
                    ["message"] = problem.Value.Message,
                    ["detail"] = new JsonObject
                    {
                        ["order_id"] = orderId,
                        ["external_order"] = new JsonObject { ["id"] = externalId, ["platform"] = platform },
                    },
                });
                continue;
            }

            // One reference per order and platform: attaching again replaces it.
            shop.ExternalOrders[(orderId, platform!)] = new JsonObject
            {
                ["id"] = externalId,
                ["platform"] = platform,
                ["line_items"] = external!["line_items"]!.DeepClone(),
            };
        }

        return Ok(errors.Count == 0 ? new JsonObject() : new JsonObject { ["errors"] = errors });
    }

    private static (string Code, string Message)? ExternalOrderProblem(FakeShop shop, string orderId, string? externalId, string? platform, JsonArray? lineItems)
    {
        if (!shop.Orders.TryGetValue(orderId, out var order))
        {
            return ("36020001", "Invalid order_id");
        }

        if (string.IsNullOrEmpty(externalId) || platform is null || !ExternalPlatforms.Contains(platform))
        {
            // Fake-specific: TikTok documents no code for these; 36009004 is its generic "invalid param".
            return ("36009004", "Invalid param error: external_order.id and a documented external_order.platform are required.");
        }

        var known = ((JsonArray)order["line_items"]!).OfType<JsonObject>().Select(i => (string?)i["id"]).ToHashSet(StringComparer.Ordinal);
        if (lineItems is not { Count: > 0 and <= MaxExternalOrders }
            || lineItems.Any(i => i is not JsonObject item || (string?)item["id"] is not { Length: > 0 } || (string?)item["origin_id"] is not { } origin || !known.Contains(origin)))
        {
            return ("36009004", "Invalid param error: external_order.line_items must hold 1 to 100 items, each with an id and the origin_id of a line item of the order.");
        }

        return null;
    }

    private (ResponseMessage, int) GetExternalOrders(Incoming request, FakeShop shop, string orderId)
    {
        if (request.Value("platform") is not { } platform || !ExternalPlatforms.Contains(platform))
        {
            return Error(36009004, "Invalid param error: platform is required.");
        }

        if (!shop.Orders.ContainsKey(orderId))
        {
            return Error(36020001, "Invalid order_id");
        }

        var list = new JsonArray();
        if (shop.ExternalOrders.TryGetValue((orderId, platform), out var external))
        {
            list.Add(external.DeepClone());
        }

        return Ok(new JsonObject { ["external_orders"] = list });
    }

    private (ResponseMessage, int) SearchExternalOrders(Incoming request, FakeShop shop)
    {
        if (request.Value("platform") is not { } platform || !ExternalPlatforms.Contains(platform) || request.Value("external_order_id") is not { } externalId)
        {
            return Error(36009004, "Invalid param error: platform and external_order_id are required.");
        }

        var orders = new JsonArray();
        foreach (var ((orderId, p), external) in shop.ExternalOrders.OrderBy(e => e.Key.OrderId, StringComparer.Ordinal))
        {
            if (p == platform && (string?)external["id"] == externalId)
            {
                orders.Add(new JsonObject { ["id"] = orderId, ["external_order"] = external.DeepClone() });
            }
        }

        return Ok(new JsonObject { ["orders"] = orders });
    }
}
