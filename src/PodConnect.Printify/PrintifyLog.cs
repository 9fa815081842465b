using Microsoft.Extensions.Logging;

namespace PodConnect.Printify;

/// <summary>Source-generated log messages of the Printify provider. They carry ids, never personal data or secrets.</summary>
internal static partial class PrintifyLog
{
    [LoggerMessage(EventId = 5401, Level = LogLevel.Information, Message = "Printify already holds order {ExternalId} as {ProviderOrderId}; returned it instead of creating another.")]
    public static partial void PlacementReplayed(ILogger logger, string externalId, string providerOrderId);

    [LoggerMessage(EventId = 5402, Level = LogLevel.Warning, Message = "Creating order {ExternalId} at Printify ended with an unknown outcome ({ErrorType}); looking it up before anyone retries.")]
    public static partial void PlacementOutcomeUnknown(ILogger logger, string externalId, string errorType);

    [LoggerMessage(EventId = 5403, Level = LogLevel.Information, Message = "Order {ExternalId} was found at Printify as {ProviderOrderId} after an unknown outcome; nothing was created twice.")]
    public static partial void PlacementRecovered(ILogger logger, string externalId, string providerOrderId);

    [LoggerMessage(EventId = 5404, Level = LogLevel.Warning, Message = "Rejected a Printify webhook delivery: {Reason}")]
    public static partial void WebhookRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 5405, Level = LogLevel.Warning, Message = "Printify error responses are {Errors} of the last {Requests} requests, above Printify's limit of {MaxErrorRate:P0}; Printify may restrict the account.")]
    public static partial void ErrorBudgetExceeded(ILogger logger, int errors, int requests, double maxErrorRate);

    [LoggerMessage(EventId = 5406, Level = LogLevel.Information, Message = "Printify order {ProviderOrderId} for {ExternalId} was created but not yet sent to production; sending it now.")]
    public static partial void ResumingSendToProduction(ILogger logger, string externalId, string providerOrderId);
}
