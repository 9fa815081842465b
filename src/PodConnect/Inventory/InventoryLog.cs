using Microsoft.Extensions.Logging;

namespace PodConnect.Inventory;

/// <summary>The inventory guard's logs, source-generated; ids only.</summary>
internal static partial class InventoryLog
{
    [LoggerMessage(EventId = 9301, Level = LogLevel.Warning, Message = "Reading the marketplace listings failed ({ErrorKind} {ErrorCode}); retried next pass")]
    public static partial void ListingsFailed(ILogger logger, string errorKind, string? errorCode);

    [LoggerMessage(EventId = 9302, Level = LogLevel.Information, Message = "Stock of product {ProductId} in shop {ShopId} set for {Count} SKUs (visible: {Active})")]
    public static partial void Pushed(ILogger logger, string shopId, string productId, int count, bool active);

    [LoggerMessage(EventId = 9303, Level = LogLevel.Warning, Message = "Setting the stock of product {ProductId} in shop {ShopId} failed ({ErrorKind} {ErrorCode}); retried next pass")]
    public static partial void PushFailed(ILogger logger, string shopId, string productId, string errorKind, string? errorCode);

    [LoggerMessage(EventId = 9304, Level = LogLevel.Warning, Message = "The marketplace refused the stock of SKU {SkuId} of product {ProductId} in shop {ShopId} ({Code}); retried next pass")]
    public static partial void Refused(ILogger logger, string shopId, string productId, string? skuId, string code);

    [LoggerMessage(EventId = 9305, Level = LogLevel.Debug, Message = "Product {ProductId} in shop {ShopId} is hidden and was not hidden by this guard; left alone")]
    public static partial void LeftHidden(ILogger logger, string shopId, string productId);

    [LoggerMessage(EventId = 9306, Level = LogLevel.Warning, Message = "Reading shop health for the inventory budget failed ({ErrorKind} {ErrorCode}); the last reading is used")]
    public static partial void BudgetFailed(ILogger logger, string errorKind, string? errorCode);

    [LoggerMessage(EventId = 9307, Level = LogLevel.Warning, Message = "Reading the stock of {Provider} failed after {Read} changes ({ErrorKind} {ErrorCode}); the last known stock stands, read again next poll")]
    public static partial void StockPollFailed(ILogger logger, string provider, int read, string errorKind, string? errorCode);

    [LoggerMessage(EventId = 9308, Level = LogLevel.Debug, Message = "Read the stock of {Products} products of {Provider}: {Read} reports, {Changed} changed the availability")]
    public static partial void StockPolled(ILogger logger, string provider, int products, int read, int changed);
}
