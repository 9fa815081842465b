using Microsoft.Extensions.Logging;

namespace PodConnect.Fulfillment;

/// <summary>The loop's logs, source-generated; ids only, never personal data or secrets.</summary>
internal static partial class FulfillmentLog
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Order {OrderId} placed at {Provider} as {ProviderOrderId}")]
    public static partial void Placed(ILogger logger, string orderId, string provider, string providerOrderId);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "Order {OrderId} marked shipped ({Provider}, late: {Late})")]
    public static partial void Shipped(ILogger logger, string orderId, string provider, bool late);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Warning, Message = "Order {OrderId} surfaced: {Reason}")]
    public static partial void Surfaced(ILogger logger, string orderId, SurfaceReason reason);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Warning, Message = "Order {OrderId} at risk of late dispatch: deadline {Deadline:o}, predicted {Predicted:o} at {Provider}")]
    public static partial void LateRisk(ILogger logger, string orderId, DateTimeOffset deadline, DateTimeOffset predicted, string provider);

    [LoggerMessage(EventId = 9005, Level = LogLevel.Warning, Message = "Order {OrderId}: step {Step} failed ({ErrorKind} {ErrorCode}); retrying after {Delay}")]
    public static partial void StepFailed(ILogger logger, string orderId, string step, string errorKind, string? errorCode, TimeSpan delay);

    [LoggerMessage(EventId = 9006, Level = LogLevel.Warning, Message = "Polling the marketplace failed ({ErrorKind} {ErrorCode}); retrying after {Delay}")]
    public static partial void PollFailed(ILogger logger, string errorKind, string? errorCode, TimeSpan delay);

    [LoggerMessage(EventId = 9007, Level = LogLevel.Debug, Message = "Order {OrderId} held until {Until:o} (buyer-cancel window)")]
    public static partial void Held(ILogger logger, string orderId, DateTimeOffset until);

    [LoggerMessage(EventId = 9008, Level = LogLevel.Information, Message = "Order {OrderId} cancelled at {Provider} after the buyer cancelled")]
    public static partial void Cancelled(ILogger logger, string orderId, string provider);

    [LoggerMessage(EventId = 9009, Level = LogLevel.Information, Message = "Order {OrderId} found at {Provider} as {ProviderOrderId} (rediscovered)")]
    public static partial void Rediscovered(ILogger logger, string orderId, string provider, string providerOrderId);

    [LoggerMessage(EventId = 9010, Level = LogLevel.Warning, Message = "Linking {Count} orders to their provider orders on the marketplace failed ({ErrorKind}); retried next pass, and the local index and the providers still know them")]
    public static partial void LinkFailed(ILogger logger, int count, string errorKind);

    [LoggerMessage(EventId = 9012, Level = LogLevel.Warning, Message = "Order {OrderId} cancelled on the marketplace as the seller ({Reason}, because {Surfaced})")]
    public static partial void CancelledOnMarketplace(ILogger logger, string orderId, Marketplaces.MarketplaceCancelReason reason, SurfaceReason surfaced);

    [LoggerMessage(EventId = 9013, Level = LogLevel.Warning, Message = "The marketplace refused to cancel order {OrderId} ({Code}); it stays surfaced")]
    public static partial void CancelRefused(ILogger logger, string orderId, string? code);

    [LoggerMessage(EventId = 9011, Level = LogLevel.Error, Message = "The fulfilment pass failed unexpectedly ({ErrorKind})")]
    public static partial void PassFailed(ILogger logger, string errorKind, Exception exception);
}
