using System.Globalization;
using PodConnect.Errors;

namespace PodConnect.Providers;

/// <summary>
/// An order cannot be mapped onto a provider's request: a field is longer than the provider accepts and
/// has no next line to wrap onto, or a field the provider requires is missing. Raised before any call,
/// so the provider never rejects the order in the middle of a spike. The message names the provider's
/// field and the limit, never the value (it is personal data).
/// </summary>
public sealed class PodFieldLimitException : ValidationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="provider">The provider's short name.</param>
    /// <param name="field">The provider's field, e.g. <c>shippingAddress.city</c>.</param>
    /// <param name="maxLength">The longest value accepted, or <see langword="null"/> when the field is missing.</param>
    /// <param name="actualLength">The length of the value given (0 when missing).</param>
    public PodFieldLimitException(string provider, string field, int? maxLength, int actualLength)
        : base(Describe(provider, field, maxLength, actualLength), new RemoteErrorDetails(Service: provider))
    {
        Field = field;
        MaxLength = maxLength;
        ActualLength = actualLength;
    }

    /// <summary>The provider's field, e.g. <c>shippingAddress.city</c>.</summary>
    public string Field { get; }

    /// <summary>The longest value accepted, or <see langword="null"/> when the field is required and missing.</summary>
    public int? MaxLength { get; }

    /// <summary>The length of the value given (0 when missing).</summary>
    public int ActualLength { get; }

    private static string Describe(string provider, string field, int? maxLength, int actualLength) => maxLength is { } max
        ? string.Create(CultureInfo.InvariantCulture, $"{provider} accepts at most {max} characters in {field}; the order has {actualLength} there and no further line to wrap onto. Shorten it before placing the order.")
        : $"{provider} requires {field}, and the order has none. Add it before placing the order.";
}
