namespace PodConnect.Errors;

/// <summary>What a remote API said when a call failed.</summary>
/// <param name="Service">Which API, e.g. <c>tiktok-shop</c>.</param>
/// <param name="StatusCode">HTTP status, when there was a response.</param>
/// <param name="ErrorCode">The service's own error code as text.</param>
/// <param name="ServiceMessage">The service's message, verbatim.</param>
/// <param name="RequestId">The request id for support.</param>
public sealed record RemoteErrorDetails(
    string? Service = null,
    int? StatusCode = null,
    string? ErrorCode = null,
    string? ServiceMessage = null,
    string? RequestId = null)
{
    /// <summary>Nothing known.</summary>
    public static RemoteErrorDetails None { get; } = new();
}
