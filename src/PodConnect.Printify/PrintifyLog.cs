using Microsoft.Extensions.Logging;

namespace PodConnect.Printify;

/// <summary>Source-generated log messages of the Printify provider (the placement steps are logged by the template). They carry ids, never personal data or secrets.</summary>
internal static partial class PrintifyLog
{
    [LoggerMessage(EventId = 5405, Level = LogLevel.Warning, Message = "Printify error responses are {Errors} of the last {Requests} requests, above Printify's limit of {MaxErrorRate:P0}; Printify may restrict the account.")]
    public static partial void ErrorBudgetExceeded(ILogger logger, int errors, int requests, double maxErrorRate);

    [LoggerMessage(EventId = 5406, Level = LogLevel.Information, Message = "Printify order {ProviderOrderId} for {ExternalId} is still on hold; sending it to production now.")]
    public static partial void ResumingSendToProduction(ILogger logger, string externalId, string providerOrderId);
}
