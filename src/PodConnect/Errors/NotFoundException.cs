namespace PodConnect.Errors;

/// <summary>The addressed resource does not exist.</summary>
public class NotFoundException : PodConnectException
{
    /// <summary>Creates the exception.</summary>
    public NotFoundException(string message, RemoteErrorDetails? details = null, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
