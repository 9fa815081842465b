using Microsoft.Extensions.Logging;

namespace PodConnect.Prodigi;

/// <summary>Source-generated log messages of the Prodigi provider (the placement steps are logged by the template). They carry ids, never personal data or secrets.</summary>
internal static partial class ProdigiLog
{
    [LoggerMessage(EventId = 5305, Level = LogLevel.Warning, Message = "Prodigi created order {ProviderOrderId} for {ExternalId} with {IssueCount} issue(s) to fix.")]
    public static partial void CreatedWithIssues(ILogger logger, string externalId, string providerOrderId, int issueCount);
}
