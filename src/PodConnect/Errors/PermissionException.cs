namespace PodConnect.Errors;

/// <summary>The caller is authenticated but not allowed: a missing scope, or a shop the app may not act for.</summary>
public class PermissionException : PodConnectException
{
    /// <summary>Creates the exception.</summary>
    public PermissionException(string message, RemoteErrorDetails? details = null, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
