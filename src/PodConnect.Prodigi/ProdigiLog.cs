using Microsoft.Extensions.Logging;

namespace PodConnect.Prodigi;

/// <summary>Source-generated log messages of the Prodigi provider. They carry ids, never personal data or secrets.</summary>
internal static partial class ProdigiLog
{
    [LoggerMessage(EventId = 5301, Level = LogLevel.Information, Message = "Prodigi already holds order {ExternalId} as {ProviderOrderId} (idempotency key reused); returned it instead of creating another.")]
    public static partial void PlacementReplayed(ILogger logger, string externalId, string providerOrderId);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Warning, Message = "Creating order {ExternalId} at Prodigi ended with an unknown outcome ({ErrorType}); looking it up. A repeat is safe: it carries the same idempotency key.")]
    public static partial void PlacementOutcomeUnknown(ILogger logger, string externalId, string errorType);

    [LoggerMessage(EventId = 5303, Level = LogLevel.Information, Message = "Order {ExternalId} was found at Prodigi as {ProviderOrderId} after an unknown outcome; nothing was created twice.")]
    public static partial void PlacementRecovered(ILogger logger, string externalId, string providerOrderId);

    [LoggerMessage(EventId = 5304, Level = LogLevel.Warning, Message = "Rejected a Prodigi callback: {Reason}")]
    public static partial void CallbackRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 5305, Level = LogLevel.Warning, Message = "Prodigi created order {ProviderOrderId} for {ExternalId} with {IssueCount} issue(s) to fix.")]
    public static partial void CreatedWithIssues(ILogger logger, string externalId, string providerOrderId, int issueCount);
}
