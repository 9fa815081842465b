using PodConnect.Errors;

namespace PodConnect.Providers;

/// <summary>
/// A webhook delivery failed verification (missing or wrong signature or shared secret) and must be
/// ignored. The message says what to check; it never contains the secret or the signature.
/// </summary>
public class WebhookVerificationException : AuthenticationException
{
    /// <summary>Creates the exception.</summary>
    public WebhookVerificationException(string message, string? service = null)
        : base(message, new RemoteErrorDetails(Service: service))
    {
    }
}
