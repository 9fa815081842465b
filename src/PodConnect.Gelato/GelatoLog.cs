using Microsoft.Extensions.Logging;

namespace PodConnect.Gelato;

/// <summary>Source-generated log messages of the Gelato provider. They carry ids, never personal data or secrets.</summary>
internal static partial class GelatoLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Gelato already holds order {ExternalId} as {ProviderOrderId}; returned it instead of creating another.")]
    public static partial void PlacementReplayed(ILogger logger, string externalId, string providerOrderId);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "Creating order {ExternalId} at Gelato ended with an unknown outcome ({ErrorType}); looking it up before anyone retries.")]
    public static partial void PlacementOutcomeUnknown(ILogger logger, string externalId, string errorType);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Order {ExternalId} was found at Gelato as {ProviderOrderId} after an unknown outcome; nothing was created twice.")]
    public static partial void PlacementRecovered(ILogger logger, string externalId, string providerOrderId);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "Rejected a Gelato webhook delivery: {Reason}")]
    public static partial void WebhookRejected(ILogger logger, string reason);
}
