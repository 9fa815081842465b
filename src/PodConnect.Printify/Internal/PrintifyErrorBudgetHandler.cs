using Microsoft.Extensions.Logging;

namespace PodConnect.Printify.Internal;

/// <summary>Runs on every attempt: counts each Printify response in the <see cref="PrintifyErrorBudget"/> and logs when the error share crosses Printify's limit.</summary>
internal sealed class PrintifyErrorBudgetHandler(PrintifyErrorBudget budget, ILogger<PrintifyErrorBudgetHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (budget.Record((int)response.StatusCode >= 400))
        {
            var (requests, errors) = budget.Totals;
            PrintifyLog.ErrorBudgetExceeded(logger, errors, requests, budget.MaxErrorRate);
        }

        return response;
    }
}
