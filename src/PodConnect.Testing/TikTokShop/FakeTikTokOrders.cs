using System.Globalization;
using System.Text.Json.Nodes;

namespace PodConnect.Testing.TikTokShop;

/// <summary>A line of a seeded order: <paramref name="Quantity"/> units of one SKU (the fake emits one line item per unit, as TikTok does).</summary>
/// <param name="SellerSku">The seller's SKU code.</param>
/// <param name="Quantity">Units.</param>
/// <param name="SkuId">TikTok's SKU id (generated when null).</param>
/// <param name="ProductId">TikTok's product id (generated when null).</param>
/// <param name="SalePrice">Price per unit, as TikTok's decimal string.</param>
public sealed record FakeOrderLine(string SellerSku, int Quantity = 1, string? SkuId = null, string? ProductId = null, string SalePrice = "19.99");

/// <summary>Builds order JSON exactly as TikTok's Get Order Detail returns it, for seeding <see cref="FakeTikTokShop"/>.</summary>
public static class FakeTikTokOrders
{
    private static long _nextLineItemId = 577086512123755000;

    /// <summary>
    /// A seller-shipped order. Times are Unix seconds on the wire; <c>rts_sla_time</c> defaults to two
    /// days after creation. Edit the returned JSON for anything else.
    /// </summary>
    public static JsonObject Create(
        string id,
        DateTimeOffset createTime,
        IReadOnlyList<FakeOrderLine> lines,
        string status = "AWAITING_SHIPMENT",
        string regionCode = "GB",
        string postalCode = "EH1 1YZ",
        string postTown = "Edinburgh",
        string? subdivisionIso = "GB-SCT",
        DateTimeOffset? rtsSlaTime = null,
        string currency = "GBP")
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(lines);
        var items = new JsonArray();
        decimal subtotal = 0;
        foreach (var line in lines)
        {
            for (var unit = 0; unit < line.Quantity; unit++)
            {
                items.Add(new JsonObject
                {
                    ["id"] = Interlocked.Increment(ref _nextLineItemId).ToString(CultureInfo.InvariantCulture),
                    ["sku_id"] = line.SkuId ?? "sku-" + line.SellerSku,
                    ["seller_sku"] = line.SellerSku,
                    ["product_id"] = line.ProductId ?? "prod-" + line.SellerSku,
                    ["product_name"] = "Product " + line.SellerSku,
                    ["sale_price"] = line.SalePrice,
                    ["original_price"] = line.SalePrice,
                    ["currency"] = currency,
                    ["display_status"] = status == "AWAITING_SHIPMENT" ? "AWAITING_SHIPMENT" : status,
                    ["is_gift"] = false,
                });
                subtotal += decimal.Parse(line.SalePrice, CultureInfo.InvariantCulture);
            }
        }

        var district = new JsonArray
        {
            new JsonObject { ["address_level"] = "L0", ["address_level_name"] = "Country", ["address_name"] = regionCode },
        };
        if (subdivisionIso is not null)
        {
            district.Add(new JsonObject { ["address_level"] = "L1", ["address_level_name"] = "State", ["address_name"] = subdivisionIso, ["iso_code"] = subdivisionIso });
        }

        district.Add(new JsonObject { ["address_level"] = "L3", ["address_level_name"] = "City", ["address_name"] = postTown });
        return new JsonObject
        {
            ["id"] = id,
            ["status"] = status,
            ["create_time"] = createTime.ToUnixTimeSeconds(),
            ["update_time"] = createTime.ToUnixTimeSeconds(),
            ["paid_time"] = createTime.ToUnixTimeSeconds(),
            ["rts_sla_time"] = (rtsSlaTime ?? createTime.AddDays(2)).ToUnixTimeSeconds(),
            ["tts_sla_time"] = (rtsSlaTime ?? createTime.AddDays(2)).AddDays(1).ToUnixTimeSeconds(),
            ["shipping_due_time"] = createTime.AddDays(5).ToUnixTimeSeconds(),
            ["collection_due_time"] = createTime.AddDays(7).ToUnixTimeSeconds(),
            ["delivery_due_time"] = createTime.AddDays(20).ToUnixTimeSeconds(),
            ["shipping_type"] = "SELLER",
            ["fulfillment_type"] = "FULFILLMENT_BY_SELLER",
            ["delivery_option_id"] = FakeTikTokShop.DefaultDeliveryOptionId,
            ["delivery_option_name"] = "Standard shipping",
            ["delivery_type"] = "HOME_DELIVERY",
            ["warehouse_id"] = FakeTikTokShop.DefaultWarehouseId,
            ["is_buyer_request_cancel"] = false,
            ["is_on_hold_order"] = false,
            ["order_type"] = "NORMAL",
            ["rts_time"] = 0,
            ["handling_duration"] = new JsonObject { ["days"] = "2", ["type"] = "BUSINESS_DAY" },
            ["line_items"] = items,
            ["packages"] = new JsonArray(),
            ["recipient_address"] = new JsonObject
            {
                ["name"] = "Alex Buyer",
                ["phone_number"] = "(+44)7700900123",
                ["address_line1"] = "1 High Street",
                ["address_line2"] = "",
                ["address_detail"] = "Flat 2",
                ["full_address"] = $"1 High Street, {postTown}, {postalCode}",
                ["postal_code"] = postalCode,
                ["region_code"] = regionCode,
                ["post_town"] = postTown,
                ["district_info"] = district,
            },
            ["payment"] = new JsonObject
            {
                ["currency"] = currency,
                ["sub_total"] = subtotal.ToString(CultureInfo.InvariantCulture),
                ["shipping_fee"] = "2.99",
                ["tax"] = "0",
                ["total_amount"] = (subtotal + 2.99m).ToString(CultureInfo.InvariantCulture),
            },
        };
    }
}
