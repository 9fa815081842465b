namespace PodConnect.Routing;

/// <summary>
/// A facility network (JSON file or code) is invalid. The message names the facility and the field,
/// e.g. <c>facility 'gelato-de-berlin' (facilities[3]): products[1].productionDays must be between 1 and 30, not 0.</c>
/// </summary>
public sealed class NetworkValidationException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public NetworkValidationException(string? facilityId, string field, string problem, Exception? inner = null)
        : base(Describe(facilityId, field, problem), inner)
    {
        FacilityId = facilityId;
        Field = field;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public NetworkValidationException()
        : this(null, "$", "The facility network is invalid.")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public NetworkValidationException(string message)
        : this(null, "$", message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public NetworkValidationException(string message, Exception innerException)
        : this(null, "$", message, innerException)
    {
    }

    /// <summary>The facility at fault (its id, or its position when it has no usable id); <c>null</c> for the network itself.</summary>
    public string? FacilityId { get; }

    /// <summary>The field at fault, as a JSON path relative to the facility (e.g. <c>lanes[0].transitDays</c>).</summary>
    public string Field { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Describe(string? facilityId, string field, string problem) =>
        facilityId is null ? $"network: {field}: {problem}" : $"facility {facilityId}: {field}: {problem}";
}
