using PodConnect.Errors;

namespace PodConnect.Providers;

/// <summary>
/// An order cannot be sent to a provider as it is: a field the provider requires is missing, or a value
/// does not fit the provider's documented limit and the provider has no further line to wrap it onto.
/// Raised before anything is sent, so the provider never rejects the order in the middle of a spike.
/// The message names the field and the limit, never the value (it is personal data).
/// </summary>
public class OrderFieldException : ValidationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="provider">The provider's name, e.g. <c>prodigi</c>.</param>
    /// <param name="field">The provider's field, e.g. <c>recipient.address.line1</c>.</param>
    /// <param name="problem">What is wrong, e.g. <c>is required</c>; must not contain the value.</param>
    public OrderFieldException(string provider, string field, string problem)
        : base($"{provider} cannot take the order: '{field}' {problem}.", new RemoteErrorDetails(Service: provider))
    {
        Field = field;
    }

    /// <summary>The provider's field that is missing or too long.</summary>
    public string Field { get; }
}
