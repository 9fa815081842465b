using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using PodConnect.Providers;
using PodConnect.Webhooks;

namespace PodConnect.AspNetCore.Webhooks;

/// <summary>
/// One source's webhook route: raw body in (no model binding, nothing re-serialized), headers and query passed
/// through, the ingress's status out with an empty body — no secret, exception or ingress detail in the answer.
/// </summary>
internal sealed class WebhookEndpoint(string source, IWebhookIngress ingress, PodConnectWebhookOptions options, TimeProvider time, ILogger logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var sizeLimit = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false })
        {
            sizeLimit.MaxRequestBodySize = options.MaxBodyBytes;
        }

        byte[]? body;
        try
        {
            body = await WebhookBodyReader.ReadAsync(request, options.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = null; // The server's own limit tripped first.
        }

        if (body is null)
        {
            WebhookEndpointLog.TooLarge(logger, source, options.MaxBodyBytes, context.TraceIdentifier);
            response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var delivery = new PodWebhookRequest(body, Headers(request.Headers), request.QueryString.Value);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        WebhookIngressResult result;
        try
        {
            // WaitAsync bounds the wait even for an ingress that ignores its token; the token tells it to stop.
            result = await ingress.ReceiveAsync(source, delivery, deadline.Token).AsTask()
                .WaitAsync(options.IngressTimeout, time, context.RequestAborted).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await deadline.CancelAsync().ConfigureAwait(false);
            WebhookEndpointLog.IngressTimedOut(logger, source, options.IngressTimeout.TotalMilliseconds, context.TraceIdentifier);
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        response.StatusCode = result.HttpStatusCode;
        if (result.Status is not (WebhookIngressStatus.Accepted or WebhookIngressStatus.Duplicate))
        {
            WebhookEndpointLog.Refused(logger, source, result.Status.ToString(), result.HttpStatusCode, context.TraceIdentifier);
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> Headers(IHeaderDictionary headers)
    {
        foreach (var (name, values) in headers)
        {
            if (!StringValues.IsNullOrEmpty(values))
            {
                yield return new KeyValuePair<string, string>(name, values[0] ?? string.Empty);
            }
        }
    }
}
