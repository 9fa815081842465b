namespace PodConnect.Sustainability;

/// <summary>
/// Activity-based CO2e estimate for one parcel, in the spirit of ISO 14083 / GLEC: distance ×
/// weight × a per-tonne-km factor per mode, for a line-haul and a last-mile leg.
/// </summary>
/// <remarks>
/// Distance is the great-circle (haversine) distance times a detour (distance adjustment) factor for
/// surface modes: published ratios are about 1.2 (Newell 1980; O'Sullivan 1.21–1.23) to 1.34
/// (average radial detour across 300 European cities); the default is 1.3. Air legs use the
/// great-circle distance. The last mile is a fixed van distance (default 20 km). Mass-based
/// allocation understates light, bulky parcels; treat the figure as an estimate for comparing
/// options, not as a carbon report.
/// </remarks>
public sealed class Co2eEstimator
{
    /// <summary>The defaults: DEFRA 2025 factors, detour factor 1.3, 20 km of last mile by van.</summary>
    public static Co2eEstimator Default { get; } = new(EmissionFactors.Defra2025);

    /// <summary>Creates an estimator.</summary>
    /// <param name="factors">Emission factors per mode.</param>
    /// <param name="detourFactor">Multiplier from great-circle to road/rail distance (1.0–3.0).</param>
    /// <param name="lastMileKm">Van kilometres added for the final delivery (0–500).</param>
    public Co2eEstimator(EmissionFactors factors, double detourFactor = 1.3, double lastMileKm = 20)
    {
        ArgumentNullException.ThrowIfNull(factors);
        if (!(detourFactor is >= 1.0 and <= 3.0))
        {
            throw new ArgumentOutOfRangeException(nameof(detourFactor), detourFactor, "A detour factor is between 1.0 and 3.0 (published values are about 1.2–1.34).");
        }

        if (!(lastMileKm is >= 0 and <= 500))
        {
            throw new ArgumentOutOfRangeException(nameof(lastMileKm), lastMileKm, "Last-mile distance must be between 0 and 500 km.");
        }

        Factors = factors;
        DetourFactor = detourFactor;
        LastMileKm = lastMileKm;
    }

    /// <summary>The emission factors.</summary>
    public EmissionFactors Factors { get; }

    /// <summary>Great-circle to surface-distance multiplier.</summary>
    public double DetourFactor { get; }

    /// <summary>Van kilometres of the last mile.</summary>
    public double LastMileKm { get; }

    /// <summary>kg CO2e for each kilogram of parcel sent from <paramref name="origin"/> to <paramref name="destination"/>.</summary>
    public double KgPerKgParcel(GeoPoint origin, GeoPoint destination, TransportMode lineHaul)
    {
        var greatCircle = GreatCircle.DistanceKm(origin, destination);
        var lineHaulKm = lineHaul is TransportMode.AirShortHaul or TransportMode.AirLongHaul ? greatCircle : greatCircle * DetourFactor;
        var tonneKmPerKg = 1.0 / 1000.0;
        return tonneKmPerKg * ((lineHaulKm * Factors.KgPerTonneKm(lineHaul)) + (LastMileKm * Factors.KgPerTonneKm(TransportMode.Van)));
    }

    /// <summary>kg CO2e for a parcel of <paramref name="weightKg"/> kilograms.</summary>
    public double EstimateKg(GeoPoint origin, GeoPoint destination, double weightKg, TransportMode lineHaul)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(weightKg);
        return weightKg * KgPerKgParcel(origin, destination, lineHaul);
    }
}
