namespace PodConnect.Errors;

/// <summary>The credentials were rejected: a wrong key or secret, a bad signature, or a missing token.</summary>
public class AuthenticationException : PodConnectException
{
    /// <summary>Creates the exception.</summary>
    public AuthenticationException(string message, RemoteErrorDetails? details = null, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
