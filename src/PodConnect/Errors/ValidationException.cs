namespace PodConnect.Errors;

/// <summary>The service rejected the request's content; the message says which field.</summary>
public class ValidationException : PodConnectException
{
    /// <summary>Creates the exception.</summary>
    public ValidationException(string message, RemoteErrorDetails? details = null, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
