namespace PodConnect.Http;

/// <summary>
/// What an API-specific parser read from an error body: the service's code, message and request id,
/// and optionally the family it recognised from them. Never holds the raw body (it may echo secrets).
/// </summary>
/// <param name="ErrorCode">The service's own error code as text, e.g. <c>105002</c> or <c>OR-13</c>.</param>
/// <param name="Message">The service's message, verbatim.</param>
/// <param name="RequestId">The request id the body carried, if any (preferred over headers).</param>
/// <param name="Kind">The family, when the code or message says more than the HTTP status; <c>null</c> lets the status decide.</param>
public readonly record struct RemoteErrorBody(
    string? ErrorCode,
    string? Message,
    string? RequestId = null,
    RemoteErrorKind? Kind = null);
