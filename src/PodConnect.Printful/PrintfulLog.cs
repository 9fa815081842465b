using Microsoft.Extensions.Logging;

namespace PodConnect.Printful;

/// <summary>Source-generated log messages of the Printful provider. They carry ids, never personal data or secrets.</summary>
internal static partial class PrintfulLog
{
    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Printful answered OR-13 for order {ExternalId}: it already exists as {ProviderOrderId}; returned it instead of creating another.")]
    public static partial void PlacementReplayed(ILogger logger, string externalId, string providerOrderId);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Warning, Message = "Creating order {ExternalId} at Printful ended with an unknown outcome ({ErrorType}); looking it up by @external_id.")]
    public static partial void PlacementOutcomeUnknown(ILogger logger, string externalId, string errorType);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Information, Message = "Order {ExternalId} was found at Printful as {ProviderOrderId} after an unknown outcome; nothing was created twice.")]
    public static partial void PlacementRecovered(ILogger logger, string externalId, string providerOrderId);

    [LoggerMessage(EventId = 5204, Level = LogLevel.Warning, Message = "Rejected a Printful webhook delivery: {Reason}")]
    public static partial void WebhookRejected(ILogger logger, string reason);
}
