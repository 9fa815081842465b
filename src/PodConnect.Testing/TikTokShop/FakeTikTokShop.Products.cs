using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock;

namespace PodConnect.Testing.TikTokShop;

/// <summary>Product status (Activate / Deactivate Products, API 202309) and the stock range rule.</summary>
public sealed partial class FakeTikTokShop
{
    private const int MaxStatusProductIds = 20;

    /// <summary>
    /// Whether Update Inventory accepts a quantity of 0. TikTok documents the range [1, 99,999], so the
    /// default is <c>false</c> (0 is refused per SKU with <c>12019024</c>); whether the real API accepts 0
    /// is not documented: set <c>true</c> to model a TikTok that does.
    /// </summary>
    public bool AcceptsZeroInventory { get; set; }

    /// <summary>A declared product's status: <c>ACTIVATE</c> or <c>SELLER_DEACTIVATED</c>; null when unknown.</summary>
    public string? GetProductStatus(string shopCipher, string productId)
    {
        lock (_gate)
        {
            var shop = _shopsByCipher[shopCipher];
            return !shop.Products.ContainsKey(productId) ? null : shop.DeactivatedProducts.Contains(productId) ? "SELLER_DEACTIVATED" : "ACTIVATE";
        }
    }

    /// <summary>How many Update Inventory calls were processed (faults excluded).</summary>
    public int InventoryUpdateCount { get; private set; }

    [GeneratedRegex("^/product/(?<v>[0-9]{6})/products/search$")]
    private static partial Regex ProductSearchPath();

    /// <summary>
    /// Search Products filtered by <c>seller_skus</c> (at most 10, else <c>12019027</c>): every declared
    /// product with a SKU of one of those codes, with all its SKUs and their stock per warehouse, in one page.
    /// </summary>
    private (ResponseMessage, int) SearchProducts(Incoming request, FakeShop shop)
    {
        if (ParseBody(request) is not { } body)
        {
            return Error(36009022, "The request body must be JSON.");
        }

        var wanted = (body["seller_skus"] as JsonArray)?.Select(n => n is JsonValue v && v.TryGetValue<string>(out var t) ? t : string.Empty).ToHashSet(StringComparer.Ordinal);
        if (wanted?.Count > 10)
        {
            return Error(12019027, "The number of seller SKUs exceeds the limit of 10.");
        }

        var products = new JsonArray();
        foreach (var (productId, skus) in shop.Products)
        {
            if (wanted is not null && !skus.Values.Any(s => wanted.Contains(s.SellerSku)))
            {
                continue;
            }

            products.Add(new JsonObject
            {
                ["id"] = productId,
                ["status"] = shop.DeactivatedProducts.Contains(productId) ? "SELLER_DEACTIVATED" : "ACTIVATE",
                ["skus"] = new JsonArray([.. skus.Select(s => (JsonNode)new JsonObject
                {
                    ["id"] = s.Key,
                    ["seller_sku"] = s.Value.SellerSku,
                    ["inventory"] = new JsonArray([.. s.Value.Stock.Select(w => (JsonNode)new JsonObject { ["warehouse_id"] = w.Key, ["quantity"] = w.Value })]),
                })]),
            });
        }

        return Ok(new JsonObject { ["products"] = products, ["total_count"] = products.Count, ["next_page_token"] = string.Empty });
    }

    [GeneratedRegex("^/product/(?<v>[0-9]{6})/products/deactivate$")]
    private static partial Regex DeactivatePath();

    [GeneratedRegex("^/product/(?<v>[0-9]{6})/products/activate$")]
    private static partial Regex ActivatePath();

    // Activation skips TikTok's audit (PENDING) and activates at once.
    private (ResponseMessage, int) ChangeProductStatus(Incoming request, FakeShop shop, bool activate)
    {
        if (ParseBody(request) is not { } body || body["product_ids"] is not JsonArray ids || ids.Count == 0)
        {
            return Error(12052910, "Invalid input parameters. Refer to the API documentation for details.");
        }

        if (ids.Count > MaxStatusProductIds)
        {
            return Error(12019120, "The number of provided product IDs exceeds the limit.");
        }

        var errors = new JsonArray();
        foreach (var id in ids.Select(n => n is JsonValue v && v.TryGetValue<string>(out var text) ? text : string.Empty))
        {
            if (!shop.Products.ContainsKey(id))
            {
                errors.Add(ProductError(12052032, "The product does not exist", id));
            }
            else if (shop.DeactivatedProducts.Contains(id) != activate)
            {
                errors.Add(ProductError(12052901, "The product in its current status is not available for this operation. Change the product status and try again.", id));
            }
            else if (activate)
            {
                shop.DeactivatedProducts.Remove(id);
            }
            else
            {
                shop.DeactivatedProducts.Add(id);
            }
        }

        return Ok(errors.Count == 0 ? new JsonObject() : new JsonObject { ["errors"] = errors });
    }

    private static JsonObject ProductError(int code, string message, string productId) => new()
    {
        ["code"] = code,
        ["message"] = message,
        ["detail"] = new JsonObject { ["product_id"] = productId },
    };
}
