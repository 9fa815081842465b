using Microsoft.Extensions.Logging;

namespace PodConnect.Providers;

/// <summary>Source-generated log messages of the provider template. They carry ids, never personal data or secrets.</summary>
internal static partial class PodProviderLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "{Provider} already holds order {ExternalId} as {ProviderOrderId}; returned it instead of creating another.")]
    public static partial void PlacementReplayed(ILogger logger, string externalId, string provider, string providerOrderId);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Creating order {ExternalId} at {Provider} ended with an unknown outcome ({ErrorType}); reading it back before anyone retries.")]
    public static partial void PlacementOutcomeUnknown(ILogger logger, string externalId, string provider, string errorType);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Order {ExternalId} was found at {Provider} as {ProviderOrderId} after an unknown outcome; nothing was created twice.")]
    public static partial void PlacementRecovered(ILogger logger, string externalId, string provider, string providerOrderId);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Rejected a {Provider} webhook delivery: {Reason}")]
    public static partial void WebhookRejected(ILogger logger, string provider, string reason);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "Order {ExternalId} was not found at {Provider} after an unknown outcome; the failure is passed on and a later pass must look again before creating.")]
    public static partial void PlacementNotFoundAfterUnknownOutcome(ILogger logger, string externalId, string provider);
}
