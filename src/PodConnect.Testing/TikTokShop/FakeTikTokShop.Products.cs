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
