using PodConnect.Domain;
using PodConnect.Routing;
using PodConnect.Sustainability;

namespace PodConnect.Core.Tests.Routing;

public class NetworkJsonTests
{
    private const string Valid = """
        {
          "name": "mine",
          "currency": "EUR",
          "facilities": [
            {
              "id": "acme-de", "provider": "acme", "country": "DE", "subdivision": "DE-BY",
              "latitude": 48.14, "longitude": 11.58, "timeZone": "Europe/Berlin",
              "cutOff": "13:30", "collection": "18:00", "dailyCapacity": 250,
              "workingDays": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
              "closures": ["2026-12-24"],
              "products": [ { "kind": "t-shirt", "productionDays": 2, "unitCost": 8.5 } ],
              "lanes": [
                { "to": "DE", "transitDays": 1, "cost": 4.2, "carrier": "DHL Paket" },
                { "to": "europe", "transitDays": 3, "cost": 7.5, "mode": "air-short-haul" }
              ],
              "source": "our contract"
            }
          ]
        }
        """;

    [Fact]
    public void Valid_json_loads_every_field()
    {
        var network = FacilityNetwork.FromJson(Valid);

        var f = Assert.Single(network.Facilities);
        Assert.Equal("acme-de", f.Id);
        Assert.Equal(SubdivisionCode.Parse("DE-BY"), f.Subdivision);
        Assert.Equal(new TimeOnly(13, 30), f.CutOff);
        Assert.Equal(new TimeOnly(18, 0), f.CollectionTime);
        Assert.Contains(DayOfWeek.Saturday, f.WorkingDays);
        Assert.Equal(new DateOnly(2026, 12, 24), Assert.Single(f.Closures));
        Assert.Equal(250, f.DailyCapacity);
        Assert.Equal(new FacilityProduct(ProductKind.TShirt, 2, 8.5m), Assert.Single(f.Products));
        Assert.Equal(TransportMode.AirShortHaul, f.Lanes[1].Mode);
        Assert.True(f.Lanes[1].IsRestOfEurope);
        Assert.Equal(3, f.FindLane(CountryCode.FR)!.TransitDays);
        Assert.Equal(1, f.FindLane(CountryCode.DE)!.TransitDays);
        Assert.Null(f.FindLane(CountryCode.US));
    }

    [Theory]
    [InlineData("\"productionDays\": 2", "\"productionDays\": 0", "products[0].productionDays")]
    [InlineData("\"timeZone\": \"Europe/Berlin\",", "", "timeZone")]
    [InlineData("\"Europe/Berlin\"", "\"Europe/Berlinn\"", "timeZone")]
    [InlineData("\"Europe/Berlin\"", "\"Europe\"", "timeZone")]
    [InlineData("\"Europe/Berlin\"", "\"../../../etc/passwd\"", "timeZone")]
    [InlineData("\"country\": \"DE\"", "\"country\": \"XX\"", "country")]
    [InlineData("\"transitDays\": 1", "\"transitDays\": -1", "lanes[0].transitDays")]
    [InlineData("\"to\": \"DE\"", "\"to\": \"mars\"", "lanes[0].to")]
    [InlineData("\"cutOff\": \"13:30\"", "\"cutOff\": \"1pm\"", "cutOff")]
    [InlineData("\"2026-12-24\"", "\"24/12/2026\"", "closures[0]")]
    [InlineData("\"dailyCapacity\": 250", "\"dailyCapacity\": 0", "dailyCapacity")]
    [InlineData("\"mode\": \"air-short-haul\"", "\"mode\": \"boat\"", "lanes[1].mode")]
    [InlineData("\"Sat\"", "\"Caturday\"", "workingDays[5]")]
    public void Invalid_field_is_named_with_its_facility(string find, string replace, string field)
    {
        var json = Valid.Replace(find, replace, StringComparison.Ordinal);

        var e = Assert.Throws<NetworkValidationException>(() => FacilityNetwork.FromJson(json));

        Assert.Equal(field, e.Field);
        Assert.Contains("acme-de", e.FacilityId, StringComparison.Ordinal);
        Assert.Contains(field, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_property_is_rejected_with_its_path()
    {
        var json = Valid.Replace("\"cutOff\"", "\"cutof\": \"x\", \"cutOff\"", StringComparison.Ordinal);

        var e = Assert.Throws<NetworkValidationException>(() => FacilityNetwork.FromJson(json));

        Assert.Contains("cutof", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_reports_line()
    {
        var e = Assert.Throws<NetworkValidationException>(() => FacilityNetwork.FromJson("{ \"facilities\": [ { \"id\": } ] }"));

        Assert.Contains("line 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_ids_name_both_positions()
    {
        var one = Valid[(Valid.IndexOf('[', StringComparison.Ordinal) + 1)..Valid.LastIndexOf(']')];
        var json = Valid.Replace(one, one + "," + one, StringComparison.Ordinal);

        var e = Assert.Throws<NetworkValidationException>(() => FacilityNetwork.FromJson(json));

        Assert.Equal("id", e.Field);
        Assert.Contains("facilities[1]", e.FacilityId, StringComparison.Ordinal);
        Assert.Contains("facilities[0]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_built_network_is_validated_with_the_same_rules()
    {
        var e = Assert.Throws<NetworkValidationException>(() => FacilityNetwork.Create("x")
            .AddFacility("bad", "acme", CountryCode.FR, TestNetworks.Paris, "Europe/Paris", f => f.Makes(ProductKind.Mug, 31, 5m).ShipsTo(CountryCode.FR, 2, 4m))
            .Build());

        Assert.Equal("products[0].productionDays", e.Field);
    }

    [Fact]
    public void Built_in_network_cites_a_source_for_every_facility_and_covers_four_providers()
    {
        var network = FacilityNetwork.BuiltInEurope;

        Assert.All(network.Facilities, f => Assert.Contains("http", f.Source, StringComparison.Ordinal));
        Assert.Equal(["gelato", "printful", "prodigi", "printify"], network.Facilities.Select(f => f.Provider).Distinct());
        Assert.Contains(network.Facilities, f => f.Id == "printful-lv-riga" && f.Country == CountryCode.Parse("LV"));
        Assert.Empty(TestNetworks.BuiltInCompiled.Warnings);
    }
}
