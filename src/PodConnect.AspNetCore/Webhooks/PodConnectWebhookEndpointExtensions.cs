using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PodConnect.AspNetCore.Webhooks;
using PodConnect.Webhooks;

// Endpoint mapping extensions live in this namespace so that they show up in Program.cs without a using.
namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps PodConnect's webhook endpoints.</summary>
public static class PodConnectWebhookEndpointExtensions
{
    /// <summary>
    /// Maps one <c>POST {prefix}/{source}</c> route per source the registered <see cref="IWebhookIngress"/>
    /// accepts (<c>/webhooks/tiktokshop</c>, <c>/webhooks/gelato</c>, …). Each reads the raw body once, passes
    /// it with the headers and query to the ingress, and answers with an empty body: 200 accepted or
    /// duplicate, 401 forged or stale, 400 malformed, 413 over <see cref="PodConnectWebhookOptions.MaxBodyBytes"/>,
    /// 503 if the ingress does not answer within <see cref="PodConnectWebhookOptions.IngressTimeout"/>.
    /// </summary>
    /// <param name="endpoints">The application's route builder.</param>
    /// <param name="prefix">The path the sources' routes hang under, e.g. <c>/webhooks</c>.</param>
    /// <param name="configure">Changes the body size limit or the ingress timeout.</param>
    /// <returns>The group of routes, for conventions such as <c>RequireHost</c> or rate limiting.</returns>
    /// <exception cref="InvalidOperationException">No <see cref="IWebhookIngress"/> is registered (the fulfilment loop registers it).</exception>
    public static RouteGroupBuilder MapPodConnectWebhooks(this IEndpointRouteBuilder endpoints, string prefix, Action<PodConnectWebhookOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        var options = new PodConnectWebhookOptions();
        configure?.Invoke(options);
        options.Validate();

        var services = endpoints.ServiceProvider;
        var ingress = services.GetService<IWebhookIngress>()
            ?? throw new InvalidOperationException("MapPodConnectWebhooks needs an IWebhookIngress: register PodConnect with its fulfilment loop (services.AddPodConnect(pod => pod.….RunFulfillment())) first.");
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger("PodConnect.AspNetCore.Webhooks") ?? NullLogger.Instance;

        var group = endpoints.MapGroup(prefix);
        foreach (var source in ingress.Sources)
        {
            var endpoint = new WebhookEndpoint(source, ingress, options, time, logger);
            group.MapPost("/" + Uri.EscapeDataString(source), endpoint.HandleAsync)
                .WithDisplayName("PodConnect webhook: " + source);
        }

        return group;
    }
}
