using PodConnect.Domain;
using PodConnect.Sustainability;

namespace PodConnect.Core.Tests.Routing;

public class Co2eTests
{
    [Fact]
    public void Haversine_london_paris_is_about_344_km()
    {
        var km = GreatCircle.DistanceKm(TestNetworks.London, TestNetworks.Paris);

        Assert.InRange(km, 340, 348);
        Assert.Equal(0, GreatCircle.DistanceKm(TestNetworks.Paris, TestNetworks.Paris), 9);
    }

    [Fact]
    public void Estimate_is_weight_times_detoured_distance_times_factor_plus_last_mile()
    {
        var estimator = new Co2eEstimator(EmissionFactors.Defra2025, detourFactor: 1.3, lastMileKm: 20);
        var km = GreatCircle.DistanceKm(TestNetworks.Madrid, TestNetworks.Paris);

        var kg = estimator.EstimateKg(TestNetworks.Madrid, TestNetworks.Paris, 0.5, TransportMode.Road);

        var expected = 0.5 / 1000 * ((km * 1.3 * (0.10163 + 0.02359)) + (20 * (0.6313 + 0.15095)));
        Assert.Equal(expected, kg, 9);
    }

    [Fact]
    public void Local_beats_cross_border_and_road_beats_air()
    {
        var e = Co2eEstimator.Default;
        var local = e.EstimateKg(new GeoPoint(40.0, -3.5), TestNetworks.Madrid, 0.3, TransportMode.Road);
        var road = e.EstimateKg(TestNetworks.Paris, TestNetworks.Madrid, 0.3, TransportMode.Road);
        var air = e.EstimateKg(TestNetworks.Paris, TestNetworks.Madrid, 0.3, TransportMode.AirShortHaul);

        Assert.True(local < road);
        Assert.True(road < air);
    }

    [Fact]
    public void Parcel_weights_have_estimates_per_kind_and_a_fallback()
    {
        Assert.Equal(0.25, ParcelWeights.Default.KilogramsPerUnit(ProductKind.TShirt));
        Assert.Equal(0.5, ParcelWeights.Default.KilogramsPerUnit(new ProductKind("blanket")));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Co2eEstimator(EmissionFactors.Defra2025, detourFactor: 0.5));
    }
}
