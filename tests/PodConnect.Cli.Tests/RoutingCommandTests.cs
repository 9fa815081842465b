using System.Text.Json;

namespace PodConnect.Cli.Tests;

public sealed class RoutingCommandTests : IDisposable
{
    private const string Network = """
        {
          "name": "two hubs",
          "currency": "EUR",
          "facilities": [
            { "id": "es-slow", "provider": "gelato", "country": "ES", "latitude": 40.42, "longitude": -3.70,
              "timeZone": "Europe/Madrid", "dailyCapacity": 100,
              "products": [ { "kind": "t-shirt", "productionDays": 5, "unitCost": 8 } ],
              "lanes": [ { "to": "ES", "transitDays": 2, "cost": 4 } ], "source": "test" },
            { "id": "fr-fast", "provider": "printful", "country": "FR", "latitude": 48.86, "longitude": 2.35,
              "timeZone": "Europe/Paris", "dailyCapacity": 100,
              "products": [ { "kind": "t-shirt", "productionDays": 1, "unitCost": 10 } ],
              "lanes": [ { "to": "FR", "transitDays": 2, "cost": 4 }, { "to": "europe", "transitDays": 3, "cost": 7, "carrier": "GLS" } ], "source": "test" }
          ]
        }
        """;

    private const string Order = """
        {
          "id": "577000000000000001",
          "createdAt": "2026-11-24T09:00:00Z",
          "destination": { "country": "ES", "postalCode": "28001" },
          "items": [ { "sku": "TEE-BLK-M", "kind": "t-shirt", "quantity": 1 } ]
        }
        """;

    private readonly TempFolder _dir = new("podconnect-routing-");

    public void Dispose() => _dir.Dispose();

    private string Write(string name, string content) => _dir.Write(name, content);

    [Fact]
    public async Task Route_json_has_the_decision_fields_and_every_rejection_with_its_reason()
    {
        var (exit, output, _) = await CliRunner.RunAsync("route", "--order", Write("o.json", Order), "--network", Write("n.json", Network), "--at", "2026-11-24T09:00:00Z", "--json");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("printful", root.GetProperty("provider").GetString());
        Assert.Equal("fr-fast", root.GetProperty("facility").GetString());
        Assert.Equal("FR", root.GetProperty("productionCountry").GetString());
        Assert.Equal("2026-11-24T17:00:00.0000000+01:00", root.GetProperty("predictedDispatch").GetString());
        Assert.Equal("2026-11-26T23:59:59.9999999+01:00", root.GetProperty("deadline").GetString());
        Assert.StartsWith("P2DT6H59M", root.GetProperty("slack").GetString(), StringComparison.Ordinal);
        Assert.False(root.GetProperty("local").GetBoolean());
        Assert.False(root.GetProperty("late").GetBoolean());
        Assert.True(root.GetProperty("co2eKg").GetDouble() > 0);
        Assert.Equal(17m, root.GetProperty("costs").GetProperty("total").GetDecimal());
        Assert.Equal(7m, root.GetProperty("costs").GetProperty("shipping").GetDecimal());
        var rejected = Assert.Single(root.GetProperty("rejected").EnumerateArray());
        Assert.Equal("es-slow", rejected.GetProperty("facility").GetString());
        Assert.StartsWith("would dispatch 3 d 17 h after the deadline", rejected.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_table_explains_the_decision_for_people()
    {
        var (exit, output, _) = await CliRunner.RunAsync("route", "--order", Write("o.json", Order), "--network", Write("n.json", Network), "--at", "2026-11-24T09:00:00Z");

        Assert.Equal(0, exit);
        Assert.Contains("Decision  ON TIME: printful / fr-fast in FR", output, StringComparison.Ordinal);
        Assert.Contains("Cost      17.00 EUR", output, StringComparison.Ordinal);
        Assert.Contains("too late", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_defaults_to_the_built_in_network_and_the_clock()
    {
        var (exit, output, _) = await CliRunner.RunAsync("route", "--order", Write("o.json", Order), "--json");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(CliRunner.Now, doc.RootElement.GetProperty("routedAt").GetDateTimeOffset());
        Assert.Equal("ES", doc.RootElement.GetProperty("productionCountry").GetString());
    }

    [Fact]
    public async Task Unroutable_order_exits_1_and_says_why()
    {
        var order = Order.Replace("\"country\": \"ES\"", "\"country\": \"JP\"", StringComparison.Ordinal)
            .Replace("\"createdAt\"", "\"readyToShipBy\": 1795000000, \"createdAt\"", StringComparison.Ordinal);

        var (exit, output, _) = await CliRunner.RunAsync("route", "--order", Write("o.json", order), "--network", Write("n.json", Network), "--json");

        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("unroutable", doc.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("no facility ships to JP", doc.RootElement.GetProperty("problem").GetString());
    }

    [Theory]
    [InlineData("\"quantity\": 1", "\"quantity\": 0", "items[0].quantity")]
    [InlineData("\"createdAt\": \"2026-11-24T09:00:00Z\",", "", "createdAt is missing")]
    [InlineData("\"country\": \"ES\"", "\"country\": \"Spain\"", "destination.country")]
    public async Task Bad_order_file_exits_2_naming_the_field(string find, string replace, string expected)
    {
        var (exit, _, error) = await CliRunner.RunAsync("route", "--order", Write("o.json", Order.Replace(find, replace, StringComparison.Ordinal)), "--network", Write("n.json", Network));

        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Network_summarizes_a_valid_file()
    {
        var (exit, output, _) = await CliRunner.RunAsync("network", "--network", Write("n.json", Network), "--json");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("valid").GetBoolean());
        Assert.Equal(2, root.GetProperty("facilities").GetInt32());
        Assert.Equal(200, root.GetProperty("dailyCapacity").GetInt64());
        Assert.Equal(1, root.GetProperty("providers").GetProperty("gelato").GetProperty("facilities").GetInt32());
        Assert.Equal(2, root.GetProperty("productKinds").GetProperty("t-shirt").GetInt32());
    }

    [Fact]
    public async Task Network_without_a_file_summarizes_the_built_in_one()
    {
        var (exit, output, _) = await CliRunner.RunAsync("network");

        Assert.Equal(0, exit);
        Assert.Contains("valid, 14 facilities", output, StringComparison.Ordinal);
        Assert.Contains("printful", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Network_rejects_a_bad_file_naming_facility_and_field()
    {
        var bad = Network.Replace("\"productionDays\": 5", "\"productionDays\": 0", StringComparison.Ordinal);

        var (exit, _, error) = await CliRunner.RunAsync("network", "--network", Write("n.json", bad));

        Assert.Equal(2, exit);
        Assert.Contains("es-slow", error, StringComparison.Ordinal);
        Assert.Contains("products[0].productionDays", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_late_decision_is_a_finding_exit_1()
    {
        // Ordered on a Thursday at 16:00 with a next-day deadline: production starts Friday, dispatch is the following week.
        var order = Order.Replace("\"createdAt\": \"2026-11-24T09:00:00Z\"", "\"createdAt\": \"2026-11-26T16:00:00Z\", \"readyToShipBy\": \"2026-11-27T12:00:00Z\"", StringComparison.Ordinal);

        var (exit, output, _) = await CliRunner.RunAsync("route", "--order", Write("o.json", order), "--network", Write("n.json", Network), "--at", "2026-11-26T16:00:00Z", "--json");

        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("late", doc.RootElement.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task An_order_file_that_is_not_json_is_bad_input_with_the_line()
    {
        var (exit, _, error) = await CliRunner.RunAsync("route", "--order", Write("o.json", "{ \"id\": \n  oops }"));

        Assert.Equal(2, exit);
        Assert.Contains("not valid JSON (line 2)", error, StringComparison.Ordinal);
    }
}
