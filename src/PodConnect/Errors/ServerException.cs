namespace PodConnect.Errors;

/// <summary>The service failed (HTTP 5xx or an internal error code); safe to retry only if the call is idempotent.</summary>
public class ServerException : PodConnectException
{
    /// <summary>Creates the exception.</summary>
    public ServerException(string message, RemoteErrorDetails? details = null, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
