namespace PodConnect.Errors;

/// <summary>
/// The base of every error a PodConnect client raises for a remote API. Carries what the service
/// said (code, message, request id, HTTP status) and never a secret, token or signature.
/// </summary>
public class PodConnectException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PodConnectException(string message, RemoteErrorDetails? details = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Details = details ?? RemoteErrorDetails.None;
    }

    /// <summary>What the remote service reported.</summary>
    public RemoteErrorDetails Details { get; }

    /// <summary>Which API failed, e.g. <c>tiktok-shop</c>, <c>gelato</c>.</summary>
    public string? Service => Details.Service;

    /// <summary>The service's own error code as text (TikTok <c>code</c>, Printful <c>OR-13</c>…), when given.</summary>
    public string? ErrorCode => Details.ErrorCode;

    /// <summary>The request id to quote to the service's support, when given.</summary>
    public string? RequestId => Details.RequestId;

    /// <summary>The HTTP status, when there was a response.</summary>
    public int? StatusCode => Details.StatusCode;
}
