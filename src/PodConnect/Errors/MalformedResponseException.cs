namespace PodConnect.Errors;

/// <summary>The service answered with a body that is not what its API documents (not JSON, or a required field missing).</summary>
public class MalformedResponseException : PodConnectException
{
    /// <summary>Creates the exception.</summary>
    public MalformedResponseException(string message, RemoteErrorDetails? details = null, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
