namespace PodConnect.Errors;

/// <summary>
/// The request was sent, but no answer came back (a timeout, or the connection dropped while the
/// service was working on it): the service may or may not have carried it out. Never repeat a
/// non-idempotent call (create, mark shipped) blindly after this — read the state back first, as the
/// PodConnect clients do themselves before they raise it.
/// </summary>
public class OutcomeUnknownException : PodConnectException
{
    /// <summary>Creates the exception.</summary>
    public OutcomeUnknownException(string message, RemoteErrorDetails? details = null, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
