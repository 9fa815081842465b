using PodConnect.Errors;

namespace PodConnect.Prodigi;

/// <summary>
/// Prodigi answered <c>ValidationFailed</c> (HTTP 400). <see cref="Failures"/> lists, per field path
/// (e.g. <c>recipient.address.postalOrZipCode</c>), Prodigi's codes (e.g. <c>MustBeAValidUSZipCodeFormat</c>).
/// The values Prodigi echoes back are not kept: they are personal data.
/// </summary>
public class ProdigiValidationException : ValidationException
{
    /// <summary>Creates the exception.</summary>
    public ProdigiValidationException(string message, IReadOnlyDictionary<string, IReadOnlyList<string>> failures, RemoteErrorDetails? details = null, Exception? innerException = null)
        : base(message, details, innerException)
    {
        ArgumentNullException.ThrowIfNull(failures);
        Failures = failures;
    }

    /// <summary>Per field path, the failure codes.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Failures { get; }
}
