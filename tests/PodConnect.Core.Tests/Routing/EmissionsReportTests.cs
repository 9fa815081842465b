using PodConnect.Domain;
using PodConnect.Routing;
using PodConnect.Sustainability;

namespace PodConnect.Core.Tests.Routing;

/// <summary>CO2e by the book: legs with named factors, the buyer's region, and what a shop can claim.</summary>
public class EmissionsReportTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static readonly CompiledNetwork Net = FacilityNetwork.Create("co2")
        .AddFacility("gb-london", "prodigi", CountryCode.GB, TestNetworks.London, "Europe/London", f => f
            .Makes(ProductKind.TShirt, 1, 9m).ShipsTo(CountryCode.GB, 2, 4m))
        .AddFacility("de-berlin", "gelato", CountryCode.DE, TestNetworks.Berlin, "Europe/Berlin", f => f
            .Makes(ProductKind.TShirt, 1, 8m).ShipsTo(CountryCode.DE, 1, 4m).ShipsToRestOfEurope(3, 7m, mode: TransportMode.AirShortHaul))
        .Build().Compile();

    private static Order To(string id, Address address) => new(id, Monday, address, [new OrderItem("tee", ProductKind.TShirt, 1)]);

    [Fact]
    public void Each_leg_names_its_mode_distance_factor_and_source()
    {
        var router = new Router(Net);
        var scot = To("scot", new Address(CountryCode.GB, subdivision: SubdivisionCode.Parse("GB-SCT")));

        var report = EmissionsReport.Create(Net, [(scot, router.Route(scot, Monday))]);
        var shipment = Assert.Single(report.Shipments);

        Assert.Equal("gb-london", shipment.FacilityId);
        Assert.True(shipment.ToBuyersRegion);
        Assert.Equal(0.25, shipment.WeightKg);
        var lineHaul = shipment.Legs[0];
        Assert.Equal(TransportMode.Road, lineHaul.Mode);
        // London → central Scotland is about 560 km great-circle; × 1.3 detour.
        Assert.InRange(lineHaul.DistanceKm, 560 * 1.3 * 0.9, 560 * 1.3 * 1.1);
        Assert.Equal(0.10163 + 0.02359, lineHaul.KgCo2ePerTonneKm, 6);
        Assert.Contains("HGV all diesel", lineHaul.FactorSource, StringComparison.Ordinal);
        Assert.Equal(0.25 / 1000 * lineHaul.DistanceKm * lineHaul.KgCo2ePerTonneKm, lineHaul.Co2eKg, 9);
        Assert.Equal("last mile", shipment.Legs[1].Leg);
        Assert.Contains("DEFRA 2025", report.FactorSet, StringComparison.Ordinal);
        Assert.Contains("ISO 14083", report.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void The_buyers_region_changes_the_distance_and_an_unknown_region_falls_back_to_the_capital()
    {
        var router = new Router(Net);
        var scot = To("scot", new Address(CountryCode.GB, subdivision: SubdivisionCode.Parse("GB-SCT")));
        var london = To("gb", new Address(CountryCode.GB));

        var report = EmissionsReport.Create(Net, [(scot, router.Route(scot, Monday)), (london, router.Route(london, Monday))]);

        Assert.True(report.Shipments[0].Legs[0].DistanceKm > 10 * report.Shipments[1].Legs[0].DistanceKm);
        Assert.False(report.Shipments[1].ToBuyersRegion);
    }

    [Fact]
    public void A_shop_can_claim_its_local_share_and_the_saving_against_one_central_hub()
    {
        var router = new Router(Net);
        var gb = To("gb", new Address(CountryCode.GB, subdivision: SubdivisionCode.Parse("GB-ENG")));
        var de = To("de", new Address(CountryCode.DE, subdivision: SubdivisionCode.Parse("DE-BY")));
        var fr = To("fr", new Address(CountryCode.FR));
        var routed = new[] { gb, de, fr }.Select(o => (o, router.Route(o, Monday))).ToList();

        var report = EmissionsReport.Create(Net, routed, centralHubFacilityId: "de-berlin");

        Assert.Equal(3, report.Shipments.Count);
        Assert.Equal(2.0 / 3, report.ShareProducedInBuyersCountry, 9);
        Assert.Equal("de-berlin", report.CentralHubId);
        // From Berlin, the GB parcel would fly (the hub's rest-of-Europe lane is air): routing locally saves CO2e.
        Assert.True(report.SavedAgainstCentralHubKg > 0);
        Assert.Equal(report.CentralHubCo2eKg - report.TotalCo2eKg, report.SavedAgainstCentralHubKg);
        Assert.Throws<ArgumentException>(() => EmissionsReport.Create(Net, routed, "nowhere"));
    }

    [Fact]
    public void Unroutable_orders_are_left_out()
    {
        var router = new Router(Net);
        var us = new Order("us", Monday, new Address(CountryCode.US), [new OrderItem("tee", ProductKind.TShirt, 1)], new OrderDeadlines(ReadyToShipBy: Monday.AddDays(2)));

        var report = EmissionsReport.Create(Net, [(us, router.Route(us, Monday))]);

        Assert.Empty(report.Shipments);
        Assert.Equal(0, report.ShareProducedInBuyersCountry);
        Assert.Equal(0, report.TotalCo2eKg);
    }
}
