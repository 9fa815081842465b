using PodConnect.Sustainability;

namespace PodConnect.Routing;

/// <summary>
/// Where each provider produces what: a validated, immutable list of <see cref="Facility"/> with
/// costs in one currency. Load one from JSON (<see cref="FromJson(string)"/>, <see cref="Load"/>),
/// take the built-in European estimates (<see cref="BuiltInEurope"/>) or build one in code
/// (<see cref="Create"/>); then <see cref="Compile"/> it for routing.
/// </summary>
public sealed class FacilityNetwork
{
    private static readonly Lazy<FacilityNetwork> Europe = new(BuiltInNetwork.Load);

    /// <summary>Creates and validates a network.</summary>
    /// <exception cref="NetworkValidationException">A facility is invalid; the message names it and the field.</exception>
    public FacilityNetwork(string name, string currency, IEnumerable<Facility> facilities)
    {
        ArgumentNullException.ThrowIfNull(facilities);
        Name = string.IsNullOrWhiteSpace(name) ? "unnamed network" : name;
        Currency = currency ?? string.Empty;
        Facilities = [.. facilities];
        NetworkValidator.Validate(Currency, Facilities);
    }

    /// <summary>A name for people.</summary>
    public string Name { get; }

    /// <summary>ISO 4217 currency of every cost in the network.</summary>
    public string Currency { get; }

    /// <summary>The facilities, in file order.</summary>
    public IReadOnlyList<Facility> Facilities { get; }

    /// <summary>
    /// The built-in European network: public facts about where Gelato, Printful, Prodigi and Printify
    /// produce in Europe and how long they take, each facility citing its source. Costs, capacities
    /// and several locations are estimates; override them with your own contracts.
    /// </summary>
    public static FacilityNetwork BuiltInEurope => Europe.Value;

    /// <summary>Starts a network in code.</summary>
    public static FacilityNetworkBuilder Create(string name, string currency = "EUR") => new(name, currency);

    /// <summary>Parses and validates network JSON (schema in docs/routing.md).</summary>
    /// <exception cref="NetworkValidationException">The JSON is malformed or a facility is invalid.</exception>
    public static FacilityNetwork FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return NetworkJsonReader.Read(json);
    }

    /// <summary>Parses and validates network JSON from a stream.</summary>
    /// <exception cref="NetworkValidationException">The JSON is malformed or a facility is invalid.</exception>
    public static FacilityNetwork FromJson(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var reader = new StreamReader(json);
        return NetworkJsonReader.Read(reader.ReadToEnd());
    }

    /// <summary>Reads and validates a network JSON file.</summary>
    /// <exception cref="NetworkValidationException">The JSON is malformed or a facility is invalid.</exception>
    public static FacilityNetwork Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return NetworkJsonReader.Read(File.ReadAllText(path));
    }

    /// <summary>
    /// Compiles the network into the immutable, thread-safe structure the router works on: flat
    /// arrays indexed by destination and product kind, calendars in place. Do it once and share it.
    /// </summary>
    /// <param name="co2e">CO2e model (default <see cref="Co2eEstimator.Default"/>).</param>
    /// <param name="weights">Parcel weights (default <see cref="ParcelWeights.Default"/>).</param>
    public CompiledNetwork Compile(Co2eEstimator? co2e = null, ParcelWeights? weights = null) =>
        new(this, co2e ?? Co2eEstimator.Default, weights ?? ParcelWeights.Default);

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Facilities.Count} facilities, {Currency}";
}
