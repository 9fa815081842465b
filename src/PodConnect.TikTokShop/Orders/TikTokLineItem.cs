using System.Text.Json.Serialization;
using PodConnect.Http.Json;

namespace PodConnect.TikTokShop.Orders;

/// <summary>One unit of an order (TikTok line items carry no quantity: group by SKU to count).</summary>
public sealed class TikTokLineItem
{
    /// <summary>The line item id (used in mark-as-shipped's <c>order_line_item_ids</c>).</summary>
    public string Id { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>TikTok's SKU id.</summary>
    public string? SkuId { get; init; }

    /// <summary>The seller's own SKU code.</summary>
    public string? SellerSku { get; init; }

    /// <summary>TikTok's product id.</summary>
    public string? ProductId { get; init; }

    /// <summary>Product name.</summary>
    public string? ProductName { get; init; }

    /// <summary>SKU (variant) name.</summary>
    public string? SkuName { get; init; }

    /// <summary>SKU image URL.</summary>
    public string? SkuImage { get; init; }

    /// <summary>Price paid.</summary>
    [JsonConverter(typeof(NullableDecimalStringJsonConverter))]
    public decimal? SalePrice { get; init; }

    /// <summary>List price.</summary>
    [JsonConverter(typeof(NullableDecimalStringJsonConverter))]
    public decimal? OriginalPrice { get; init; }

    /// <summary>Seller-funded discount.</summary>
    [JsonConverter(typeof(NullableDecimalStringJsonConverter))]
    public decimal? SellerDiscount { get; init; }

    /// <summary>Platform-funded discount.</summary>
    [JsonConverter(typeof(NullableDecimalStringJsonConverter))]
    public decimal? PlatformDiscount { get; init; }

    /// <summary>Currency (ISO 4217).</summary>
    public string? Currency { get; init; }

    /// <summary>The item's display status.</summary>
    public TikTokOrderStatus DisplayStatus { get; init; }

    /// <summary>The package, once shipped (UK/US local sellers: absent before shipping).</summary>
    public string? PackageId { get; init; }

    /// <summary><c>TO_FULFILL</c>, <c>PROCESSING</c>, <c>FULFILLING</c>, <c>COMPLETED</c>, <c>CANCELLED</c>.</summary>
    public string? PackageStatus { get; init; }

    /// <summary>Tracking number, after shipping.</summary>
    public string? TrackingNumber { get; init; }

    /// <summary>Shipping provider id, after shipping.</summary>
    public string? ShippingProviderId { get; init; }

    /// <summary>Shipping provider name, after shipping.</summary>
    public string? ShippingProviderName { get; init; }

    /// <summary>When this item was shipped.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? RtsTime { get; init; }

    /// <summary>Item cancellation reason.</summary>
    public string? CancelReason { get; init; }

    /// <summary><c>BUYER</c>, <c>SELLER</c>, <c>OPERATOR</c> or <c>SYSTEM</c>.</summary>
    public string? CancelUser { get; init; }

    /// <summary>Whether the item is a gift.</summary>
    public bool IsGift { get; init; }

    /// <summary>Whether the item is a dangerous good.</summary>
    public bool IsDangerousGood { get; init; }

    /// <summary>For a virtual bundle: the SKUs that make it up.</summary>
    public IReadOnlyList<TikTokCombinedListingSku> CombinedListingSkus { get; init => field = value ?? []; } = [];
}

/// <summary>A SKU inside a virtual bundle line item.</summary>
/// <param name="ProductId">Product id.</param>
/// <param name="SkuId">SKU id.</param>
/// <param name="SellerSku">The seller's SKU code.</param>
/// <param name="SkuCount">Units of this SKU in the bundle.</param>
public sealed record TikTokCombinedListingSku(string? ProductId, string? SkuId, string? SellerSku, int SkuCount);
