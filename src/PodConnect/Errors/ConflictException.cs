namespace PodConnect.Errors;

/// <summary>The request conflicts with the resource's state, e.g. cancelling an order already printed, or an external id already in use.</summary>
public class ConflictException : PodConnectException
{
    /// <summary>Creates the exception.</summary>
    public ConflictException(string message, RemoteErrorDetails? details = null, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
