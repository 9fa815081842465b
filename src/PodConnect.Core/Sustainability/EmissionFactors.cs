namespace PodConnect.Sustainability;

/// <summary>
/// Well-to-wheel emission factors in kg CO2e per tonne-kilometre, per transport mode.
/// </summary>
/// <remarks>
/// Defaults: UK DESNZ/DEFRA 2025 greenhouse-gas conversion factors, "freighting goods" (direct,
/// tank-to-wheel) plus "WTT – delivery vehicles &amp; freight" (well-to-tank) where published:
/// HGV all diesel, average laden 0.10163 + 0.02359; van average (up to 3.5 t) diesel 0.6313 + 0.15095;
/// rail freight 0.02779 (no WTT figure used); freight flight short-haul with radiative forcing
/// 1.27835; long-haul with radiative forcing 0.89939. These were read from a third-party copy of the
/// 2025 flat file; verify against gov.uk before relying on them. ISO 14083 / GLEC v3 default factors
/// can be supplied instead through the constructor.
/// </remarks>
public sealed class EmissionFactors
{
    /// <summary>The DEFRA 2025 well-to-wheel defaults described in the remarks.</summary>
    public static EmissionFactors Defra2025 { get; } = new(
        road: 0.10163 + 0.02359,
        van: 0.6313 + 0.15095,
        rail: 0.02779,
        airShortHaul: 1.27835,
        airLongHaul: 0.89939,
        name: "UK DESNZ/DEFRA 2025 GHG conversion factors, freighting goods, well-to-wheel (TTW + WTT); read from a third-party copy of the flat file, verify against gov.uk",
        sources:
        [
            "DEFRA 2025 HGV all diesel, average laden: 0.10163 TTW + 0.02359 WTT",
            "DEFRA 2025 van average (up to 3.5 t) diesel: 0.6313 TTW + 0.15095 WTT",
            "DEFRA 2025 rail freight: 0.02779 (no WTT figure used)",
            "DEFRA 2025 freight flight short-haul, with radiative forcing: 1.27835",
            "DEFRA 2025 freight flight long-haul, with radiative forcing: 0.89939",
        ]);

    private readonly double[] _kgPerTonneKm;
    private readonly string[] _sources;

    /// <summary>Creates a set of factors, each in kg CO2e per tonne-km (non-negative), named for disclosure.</summary>
    /// <param name="road">Line-haul lorry.</param>
    /// <param name="van">Last-mile van.</param>
    /// <param name="rail">Rail freight.</param>
    /// <param name="airShortHaul">Air, short-haul.</param>
    /// <param name="airLongHaul">Air, long-haul.</param>
    /// <param name="name">The factor set and its source, e.g. "GLEC Framework v3.1 default values" (shown in every report).</param>
    /// <param name="sources">Per mode (road, van, rail, air short-haul, air long-haul), where each figure comes from; defaults to <paramref name="name"/>.</param>
    public EmissionFactors(double road, double van, double rail, double airShortHaul, double airLongHaul, string? name = null, IReadOnlyList<string>? sources = null)
    {
        _kgPerTonneKm = [Check(road), Check(van), Check(rail), Check(airShortHaul), Check(airLongHaul)];
        Name = string.IsNullOrWhiteSpace(name) ? "custom factors" : name;
        if (sources is not null && sources.Count != _kgPerTonneKm.Length)
        {
            throw new ArgumentException($"Give one source per mode ({_kgPerTonneKm.Length}), not {sources.Count}.", nameof(sources));
        }

        _sources = sources is null ? [.. Enumerable.Repeat(Name, _kgPerTonneKm.Length)] : [.. sources];
    }

    /// <summary>The factor set and its source, for the output of every report.</summary>
    public string Name { get; }

    /// <summary>Where the factor for a mode comes from.</summary>
    public string SourceOf(TransportMode mode) =>
        (uint)mode < (uint)_sources.Length ? _sources[(int)mode] : throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown transport mode.");

    /// <summary>The factor for a mode, kg CO2e per tonne-km.</summary>
    public double KgPerTonneKm(TransportMode mode) =>
        (uint)mode < (uint)_kgPerTonneKm.Length
            ? _kgPerTonneKm[(int)mode]
            : throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown transport mode.");

    private static double Check(double value) =>
        value is >= 0 and < 100 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "An emission factor must be a non-negative kg CO2e per tonne-km.");
}
