namespace PodConnect.Errors;

/// <summary>The access token has expired or was revoked; refresh it or re-authorize the seller.</summary>
public class TokenExpiredException : AuthenticationException
{
    /// <summary>Creates the exception.</summary>
    public TokenExpiredException(string message, RemoteErrorDetails? details = null, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
