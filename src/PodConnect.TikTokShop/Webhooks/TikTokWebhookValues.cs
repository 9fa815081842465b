using System.Text.Json.Serialization;
using PodConnect.Http.Json;

namespace PodConnect.TikTokShop.Webhooks;

/// <summary>The <c>sc_type</c> of a PACKAGE_UPDATE webhook. Open set: an unknown value is kept as sent.</summary>
/// <param name="Value">The value on the wire.</param>
[JsonConverter(typeof(StringValueJsonConverter<TikTokPackageUpdateType>))]
public readonly record struct TikTokPackageUpdateType(string Value) : IStringValue<TikTokPackageUpdateType>
{
    /// <summary>Packages were combined.</summary>
    public static TikTokPackageUpdateType Combine { get; } = new("COMBINE");

    /// <summary>A combination was undone.</summary>
    public static TikTokPackageUpdateType CancelCombine { get; } = new("CANCEL_COMBINE");

    /// <summary>A package was split.</summary>
    public static TikTokPackageUpdateType Split { get; } = new("SPLIT");

    /// <summary>A split was undone.</summary>
    public static TikTokPackageUpdateType CancelSplit { get; } = new("CANCEL_SPLIT");

    /// <summary>Split because the address changed.</summary>
    public static TikTokPackageUpdateType AddressUpdateSplit { get; } = new("ADDRESS_UPDATE_SPLIT");

    /// <summary>Split because fulfilment was cancelled.</summary>
    public static TikTokPackageUpdateType CancelFulfillSplit { get; } = new("CANCEL_FULFILL_SPLIT");

    /// <summary>Uncombined during fulfilment.</summary>
    public static TikTokPackageUpdateType FulfillUncombine { get; } = new("FULFILL_UNCOMBINE");

    /// <summary>Split because part of the order was cancelled.</summary>
    public static TikTokPackageUpdateType PartlyCancelSplit { get; } = new("PARTLY_CANCEL_SPLIT");

    /// <summary>Split because a SKU was cancelled.</summary>
    public static TikTokPackageUpdateType SplitBySkuCancel { get; } = new("SPLIT_BY_SKU_CANCEL");

    /// <inheritdoc />
    public static TikTokPackageUpdateType FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

/// <summary>Why an inventory webhook (type 27) fired. Open set.</summary>
/// <param name="Value">The value on the wire.</param>
[JsonConverter(typeof(StringValueJsonConverter<TikTokInventoryAlertType>))]
public readonly record struct TikTokInventoryAlertType(string Value) : IStringValue<TikTokInventoryAlertType>
{
    /// <summary>Stock reached LOW_STOCK or OUT_OF_STOCK now.</summary>
    public static TikTokInventoryAlertType Realtime { get; } = new("REALTIME");

    /// <summary>TikTok predicts a stock-out in some days.</summary>
    public static TikTokInventoryAlertType Prediction { get; } = new("PREDICTION");

    /// <inheritdoc />
    public static TikTokInventoryAlertType FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

/// <summary>A SKU's stock level (type 27). Open set.</summary>
/// <param name="Value">The value on the wire.</param>
[JsonConverter(typeof(StringValueJsonConverter<TikTokInventoryStatus>))]
public readonly record struct TikTokInventoryStatus(string Value) : IStringValue<TikTokInventoryStatus>
{
    /// <summary>Enough stock.</summary>
    public static TikTokInventoryStatus SufficientStock { get; } = new("SUFFICIENT_STOCK");

    /// <summary>Available stock at or below the alert value.</summary>
    public static TikTokInventoryStatus LowStock { get; } = new("LOW_STOCK");

    /// <summary>No available stock.</summary>
    public static TikTokInventoryStatus OutOfStock { get; } = new("OUT_OF_STOCK");

    /// <inheritdoc />
    public static TikTokInventoryStatus FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
