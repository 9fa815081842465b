using Microsoft.Extensions.Logging;

namespace PodConnect.AspNetCore.Webhooks;

/// <summary>
/// Source-generated logs of the webhook endpoints. They carry the source, the status and the request's trace
/// id only: never the body, a header, the ingress's detail or anything else a sender controls.
/// </summary>
internal static partial class WebhookEndpointLog
{
    [LoggerMessage(EventId = 14001, Level = LogLevel.Warning, Message = "Refused a {Source} webhook delivery as {Status} (HTTP {HttpStatus}); request {TraceId}.")]
    public static partial void Refused(ILogger logger, string source, string status, int httpStatus, string traceId);

    [LoggerMessage(EventId = 14002, Level = LogLevel.Warning, Message = "Refused a {Source} webhook delivery over the body size limit of {MaxBodyBytes} bytes (HTTP 413); request {TraceId}.")]
    public static partial void TooLarge(ILogger logger, string source, long maxBodyBytes, string traceId);

    [LoggerMessage(EventId = 14003, Level = LogLevel.Error, Message = "The webhook ingress did not answer a {Source} delivery within {TimeoutMs} ms; answered 503 so the sender retries; request {TraceId}.")]
    public static partial void IngressTimedOut(ILogger logger, string source, double timeoutMs, string traceId);
}
