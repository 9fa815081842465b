using System.Text.Json.Serialization;
using PodConnect.Http.Json;

namespace PodConnect.TikTokShop.Orders;

/// <summary>One unit of an order (TikTok line items carry no quantity: group by SKU to count).</summary>
public sealed class TikTokLineItem
{
    /// <summary>The line item id (used in mark-as-shipped's <c>order_line_item_ids</c>).</summary>
    public string Id { get; set => field = value ?? string.Empty; } = string.Empty;

    /// <summary>TikTok's SKU id.</summary>
    public string? SkuId { get; set; }

    /// <summary>The seller's own SKU code.</summary>
    public string? SellerSku { get; set; }

    /// <summary>TikTok's product id.</summary>
    public string? ProductId { get; set; }

    /// <summary>Product name.</summary>
    public string? ProductName { get; set; }

    /// <summary>SKU (variant) name.</summary>
    public string? SkuName { get; set; }

    /// <summary>SKU image URL.</summary>
    public string? SkuImage { get; set; }

    /// <summary>Price paid.</summary>
    [JsonConverter(typeof(NullableDecimalStringJsonConverter))]
    public decimal? SalePrice { get; set; }

    /// <summary>List price.</summary>
    [JsonConverter(typeof(NullableDecimalStringJsonConverter))]
    public decimal? OriginalPrice { get; set; }

    /// <summary>Seller-funded discount.</summary>
    [JsonConverter(typeof(NullableDecimalStringJsonConverter))]
    public decimal? SellerDiscount { get; set; }

    /// <summary>Platform-funded discount.</summary>
    [JsonConverter(typeof(NullableDecimalStringJsonConverter))]
    public decimal? PlatformDiscount { get; set; }

    /// <summary>Currency (ISO 4217).</summary>
    public string? Currency { get; set; }

    /// <summary>The item's display status.</summary>
    public TikTokOrderStatus DisplayStatus { get; set; }

    /// <summary>The package, once shipped (UK/US local sellers: absent before shipping).</summary>
    public string? PackageId { get; set; }

    /// <summary><c>TO_FULFILL</c>, <c>PROCESSING</c>, <c>FULFILLING</c>, <c>COMPLETED</c>, <c>CANCELLED</c>.</summary>
    public string? PackageStatus { get; set; }

    /// <summary>Tracking number, after shipping.</summary>
    public string? TrackingNumber { get; set; }

    /// <summary>Shipping provider id, after shipping.</summary>
    public string? ShippingProviderId { get; set; }

    /// <summary>Shipping provider name, after shipping.</summary>
    public string? ShippingProviderName { get; set; }

    /// <summary>When this item was shipped.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? RtsTime { get; set; }

    /// <summary>Item cancellation reason.</summary>
    public string? CancelReason { get; set; }

    /// <summary><c>BUYER</c>, <c>SELLER</c>, <c>OPERATOR</c> or <c>SYSTEM</c>.</summary>
    public string? CancelUser { get; set; }

    /// <summary>Whether the item is a gift.</summary>
    public bool IsGift { get; set; }

    /// <summary>Whether the item is a dangerous good.</summary>
    public bool IsDangerousGood { get; set; }

    /// <summary>For a virtual bundle: the SKUs that make it up.</summary>
    public IReadOnlyList<TikTokCombinedListingSku> CombinedListingSkus { get; set => field = value ?? []; } = [];
}

/// <summary>A SKU inside a virtual bundle line item.</summary>
/// <param name="ProductId">Product id.</param>
/// <param name="SkuId">SKU id.</param>
/// <param name="SellerSku">The seller's SKU code.</param>
/// <param name="SkuCount">Units of this SKU in the bundle.</param>
public sealed record TikTokCombinedListingSku(string? ProductId, string? SkuId, string? SellerSku, int SkuCount);
