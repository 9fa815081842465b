using System.Text.Json.Serialization;
using PodConnect.Http.Json;

namespace PodConnect.TikTokShop.Orders;

/// <summary>The shipping address of an order. Personal data: <see cref="ToString"/> hides it.</summary>
public sealed class TikTokRecipientAddress
{
    /// <summary>Full name (masked when the platform ships).</summary>
    public string? Name { get; set; }

    /// <summary>First name.</summary>
    public string? FirstName { get; set; }

    /// <summary>Last name.</summary>
    public string? LastName { get; set; }

    /// <summary>Phone number (masked when the platform ships).</summary>
    public string? PhoneNumber { get; set; }

    /// <summary>Address line 1.</summary>
    [JsonPropertyName("address_line1")]
    public string? AddressLine1 { get; set; }

    /// <summary>Address line 2.</summary>
    [JsonPropertyName("address_line2")]
    public string? AddressLine2 { get; set; }

    /// <summary>Address line 3 (BR only).</summary>
    [JsonPropertyName("address_line3")]
    public string? AddressLine3 { get; set; }

    /// <summary>Address line 4 (BR only).</summary>
    [JsonPropertyName("address_line4")]
    public string? AddressLine4 { get; set; }

    /// <summary>Address detail.</summary>
    public string? AddressDetail { get; set; }

    /// <summary>The whole address in one string.</summary>
    public string? FullAddress { get; set; }

    /// <summary>Postal code.</summary>
    public string? PostalCode { get; set; }

    /// <summary>Country, ISO alpha-2 (e.g. <c>GB</c>).</summary>
    public string? RegionCode { get; set; }

    /// <summary>Post town (UK only).</summary>
    public string? PostTown { get; set; }

    /// <summary>Administrative levels L0 (country) to L4.</summary>
    public IReadOnlyList<TikTokDistrictInfo> DistrictInfo { get; set => field = value ?? []; } = [];

    /// <inheritdoc />
    public override string ToString() => $"TikTokRecipientAddress {{ RegionCode = {RegionCode}, *** }}";
}

/// <summary>One administrative level of an address.</summary>
public sealed class TikTokDistrictInfo
{
    /// <summary><c>L0</c> (country) … <c>L4</c>.</summary>
    public string? AddressLevel { get; set; }

    /// <summary>e.g. <c>Country</c>, <c>State</c>, <c>City</c>.</summary>
    public string? AddressLevelName { get; set; }

    /// <summary>The name at that level.</summary>
    public string? AddressName { get; set; }

    /// <summary>ISO code at that level, when given (e.g. <c>GB-SCT</c>).</summary>
    public string? IsoCode { get; set; }
}

/// <summary>Order amounts (TikTok sends decimal strings).</summary>
public sealed class TikTokPayment
{
    /// <summary>Currency (ISO 4217).</summary>
    public string? Currency { get; set; }

    /// <summary>Items total after discounts.</summary>
    [JsonConverter(typeof(NullableDecimalStringJsonConverter))]
    public decimal? SubTotal { get; set; }

    /// <summary>Shipping fee.</summary>
    [JsonConverter(typeof(NullableDecimalStringJsonConverter))]
    public decimal? ShippingFee { get; set; }

    /// <summary>Tax.</summary>
    [JsonConverter(typeof(NullableDecimalStringJsonConverter))]
    public decimal? Tax { get; set; }

    /// <summary>What the buyer paid.</summary>
    [JsonConverter(typeof(NullableDecimalStringJsonConverter))]
    public decimal? TotalAmount { get; set; }

    /// <summary>Seller-funded discount.</summary>
    [JsonConverter(typeof(NullableDecimalStringJsonConverter))]
    public decimal? SellerDiscount { get; set; }

    /// <summary>Platform-funded discount.</summary>
    [JsonConverter(typeof(NullableDecimalStringJsonConverter))]
    public decimal? PlatformDiscount { get; set; }

    /// <summary>List price total before discounts.</summary>
    [JsonConverter(typeof(NullableDecimalStringJsonConverter))]
    public decimal? OriginalTotalProductPrice { get; set; }
}
