namespace PodConnect.Http;

/// <summary>
/// The family a remote failure belongs to. An API-specific parser decides the family from the
/// service's own code or message; <see cref="RemoteErrors.KindFromStatus"/> gives the default from
/// the HTTP status. Each family maps to one exception of <c>PodConnect.Errors</c>.
/// </summary>
public enum RemoteErrorKind
{
    /// <summary>Not classified: raised as the base <see cref="Errors.PodConnectException"/>.</summary>
    Unknown = 0,

    /// <summary>Credentials rejected (wrong key, bad signature, invalid token) → <see cref="Errors.AuthenticationException"/>.</summary>
    Authentication,

    /// <summary>The access token expired → <see cref="Errors.TokenExpiredException"/>.</summary>
    TokenExpired,

    /// <summary>Authenticated but not allowed (scope, IP allow list, region) → <see cref="Errors.PermissionException"/>.</summary>
    Permission,

    /// <summary>The request was invalid → <see cref="Errors.ValidationException"/>.</summary>
    Validation,

    /// <summary>The resource does not exist → <see cref="Errors.NotFoundException"/>.</summary>
    NotFound,

    /// <summary>The resource's state forbids the change → <see cref="Errors.ConflictException"/>.</summary>
    Conflict,

    /// <summary>Throttled → <see cref="Errors.RateLimitedException"/> (with the <c>Retry-After</c> delay when given).</summary>
    RateLimited,

    /// <summary>The service failed → <see cref="Errors.ServerException"/>.</summary>
    Server,

    /// <summary>The answer was not what the API documents → <see cref="Errors.MalformedResponseException"/>.</summary>
    Malformed,

    /// <summary>The request was sent but no answer came (timeout, dropped connection) → <see cref="Errors.OutcomeUnknownException"/>.</summary>
    OutcomeUnknown,
}
