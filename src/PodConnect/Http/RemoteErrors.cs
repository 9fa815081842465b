using System.Globalization;
using System.Net;
using PodConnect.Errors;

namespace PodConnect.Http;

/// <summary>
/// Turns a classified failure into the right <c>PodConnect.Errors</c> exception, with a message a
/// person can act on. The message is built only from the service name, HTTP status, the service's
/// code, message and request id: never from request URLs, headers or bodies, so a secret or token
/// cannot leak through it.
/// </summary>
public static class RemoteErrors
{
    /// <summary>The default family for an HTTP status: 401 → authentication, 403 → permission,
    /// 404 → not found, 409 → conflict, 429 → rate limited, 408 and 5xx → server, other 4xx → validation.</summary>
    public static RemoteErrorKind KindFromStatus(int statusCode) => statusCode switch
    {
        401 => RemoteErrorKind.Authentication,
        403 => RemoteErrorKind.Permission,
        404 => RemoteErrorKind.NotFound,
        409 => RemoteErrorKind.Conflict,
        429 => RemoteErrorKind.RateLimited,
        408 => RemoteErrorKind.Server,
        >= 500 and <= 599 => RemoteErrorKind.Server,
        >= 400 and <= 499 => RemoteErrorKind.Validation,
        _ => RemoteErrorKind.Unknown,
    };

    /// <summary>
    /// Whether a failed call may still have been carried out by the service, so that a non-idempotent
    /// call must be read back rather than repeated: no answer at all
    /// (<see cref="OutcomeUnknownException"/>), or a server failure (<see cref="ServerException"/>, a 5xx
    /// may come after the work was done).
    /// </summary>
    public static bool MayHaveTakenEffect(PodConnectException exception) =>
        exception is OutcomeUnknownException or ServerException;

    /// <summary>Creates the exception for <paramref name="kind"/>.</summary>
    /// <param name="kind">The family.</param>
    /// <param name="details">What the service said (service name, status, code, message, request id).</param>
    /// <param name="retryAfter">For <see cref="RemoteErrorKind.RateLimited"/>: how long the service asked to wait.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    /// <param name="summary">Overrides the first sentence of the message (default: derived from the family).</param>
    public static PodConnectException Create(
        RemoteErrorKind kind,
        RemoteErrorDetails details,
        TimeSpan? retryAfter = null,
        Exception? innerException = null,
        string? summary = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        var message = BuildMessage(kind, details, retryAfter, summary);
        return kind switch
        {
            RemoteErrorKind.Authentication => new AuthenticationException(message, details, innerException),
            RemoteErrorKind.TokenExpired => new TokenExpiredException(message, details, innerException),
            RemoteErrorKind.Permission => new PermissionException(message, details, innerException),
            RemoteErrorKind.Validation => new ValidationException(message, details, innerException),
            RemoteErrorKind.NotFound => new NotFoundException(message, details, innerException),
            RemoteErrorKind.Conflict => new ConflictException(message, details, innerException),
            RemoteErrorKind.RateLimited => new RateLimitedException(message, retryAfter, details, innerException),
            RemoteErrorKind.Server => new ServerException(message, details, innerException),
            RemoteErrorKind.Malformed => new MalformedResponseException(message, details, innerException),
            RemoteErrorKind.OutcomeUnknown => new OutcomeUnknownException(message, details, innerException),
            _ => new PodConnectException(message, details, innerException),
        };
    }

    private static string BuildMessage(RemoteErrorKind kind, RemoteErrorDetails details, TimeSpan? retryAfter, string? summary)
    {
        var service = details.Service ?? "The remote service";
        var text = summary ?? kind switch
        {
            RemoteErrorKind.Authentication => $"{service} rejected the credentials",
            RemoteErrorKind.TokenExpired => $"{service} says the access token has expired; refresh it or re-authorize",
            RemoteErrorKind.Permission => $"{service} denied the call (missing scope, IP allow list or region)",
            RemoteErrorKind.Validation => $"{service} rejected the request as invalid",
            RemoteErrorKind.NotFound => $"{service} did not find the resource",
            RemoteErrorKind.Conflict => $"{service} refused the change in the resource's current state",
            RemoteErrorKind.RateLimited => $"{service} throttled the call",
            RemoteErrorKind.Server => $"{service} failed to handle the call",
            RemoteErrorKind.Malformed => $"{service} answered with a body its API does not document",
            RemoteErrorKind.OutcomeUnknown => $"{service} did not answer; the outcome is unknown",
            _ => $"{service} reported an error",
        };

        var parts = new List<string>(4);
        if (details.StatusCode is { } status)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"HTTP {status} {(HttpStatusCode)status}"));
        }

        if (!string.IsNullOrEmpty(details.ErrorCode))
        {
            parts.Add("code " + details.ErrorCode);
        }

        if (!string.IsNullOrEmpty(details.RequestId))
        {
            parts.Add("request id " + details.RequestId);
        }

        if (retryAfter is { } delay)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"retry after {delay.TotalSeconds:0.###} s"));
        }

        var message = parts.Count == 0 ? text + "." : $"{text} ({string.Join(", ", parts)}).";
        if (!string.IsNullOrWhiteSpace(details.ServiceMessage))
        {
            message += " Service says: " + details.ServiceMessage;
        }

        return message;
    }
}
