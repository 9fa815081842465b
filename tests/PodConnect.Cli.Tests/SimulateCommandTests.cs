using System.Text.Json;

namespace PodConnect.Cli.Tests;

public sealed class SimulateCommandTests : IDisposable
{
    // Two days of steady German t-shirt demand, a 6x spike on the first evening, the shop's share of each
    // facility small enough that the nearest hub overflows.
    private const string Scenario = """
        {
          "name": "small spike",
          "network": "builtin:europe",
          "capacity": { "scale": 0.02 },
          "start": "2026-11-02T00:00:00Z",
          "horizonDays": 3,
          "seed": 7,
          "demand": [ { "destination": "DE", "kind": "t-shirt", "ordersPerDay": 60 } ],
          "spike": { "start": "2026-11-02T18:00:00Z", "peakMultiplier": 6, "rampHours": 1, "halfLifeHours": 12 },
          "policies": [ { "name": "local-first", "prefer": ["local", "cost"] } ]
        }
        """;

    private readonly TempFolder _dir = new("podconnect-simulate-");

    public void Dispose() => _dir.Dispose();

    private string Write(string name, string content) => _dir.Write(name, content);

    [Fact]
    public async Task Json_has_every_policy_with_the_naive_one_added_and_every_order_accounted_for()
    {
        var (exit, output, _) = await CliRunner.RunAsync("simulate", "--scenario", Write("s.json", Scenario), "--json", "--quiet");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        var orders = root.GetProperty("orders").GetInt32();
        Assert.InRange(orders, 200, 800);
        Assert.Equal(orders, root.GetProperty("buyers").GetProperty("DE").GetInt32());
        var policies = root.GetProperty("policies").EnumerateArray().ToList();
        Assert.Equal(["naive", "local-first"], policies.Select(p => p.GetProperty("name").GetString()));
        Assert.True(policies[0].GetProperty("naive").GetBoolean());
        foreach (var p in policies)
        {
            Assert.Equal(orders, p.GetProperty("placed").GetInt32() + p.GetProperty("unplaced").GetInt32());
            Assert.Equal(p.GetProperty("placed").GetInt32(), p.GetProperty("producedIn").EnumerateObject().Sum(c => c.Value.GetInt32()));
            Assert.Equal(p.GetProperty("placed").GetInt32(), p.GetProperty("facilities").EnumerateArray().Sum(f => f.GetProperty("orders").GetInt32()));
            var curve = p.GetProperty("ldrOverTime").EnumerateArray().ToList();
            Assert.True(curve.Count >= 12);
            Assert.Equal(p.GetProperty("ldr").GetProperty("final").GetDouble(), curve[^1].GetProperty("ldr").GetDouble());
            Assert.Equal(p.GetProperty("late").GetInt32(), curve[^1].GetProperty("late").GetInt32());
        }

        Assert.Equal("local-first", root.GetProperty("best").GetString());
    }

    [Fact]
    public async Task Naive_queues_at_the_nearest_hub_while_routing_spreads_the_spike_under_capacity()
    {
        var (_, output, _) = await CliRunner.RunAsync("simulate", "--scenario", Write("s.json", Scenario), "--json", "--quiet");

        using var doc = JsonDocument.Parse(output);
        var policies = doc.RootElement.GetProperty("policies").EnumerateArray().ToList();
        var naiveFacilities = policies[0].GetProperty("facilities").EnumerateArray().Where(f => f.GetProperty("orders").GetInt32() > 0).ToList();
        var used = Assert.Single(naiveFacilities);
        Assert.Equal("DE", used.GetProperty("country").GetString());
        Assert.True(policies[0].GetProperty("held").GetInt32() > 0);

        // The naive hub queues rather than overbooks: no day above its capacity under any policy.
        Assert.All(policies.SelectMany(p => p.GetProperty("facilities").EnumerateArray()), f => Assert.InRange(f.GetProperty("peakUtilisation").GetDouble(), 0, 1));

        var routed = policies[1];
        Assert.True(routed.GetProperty("facilities").EnumerateArray().Count(f => f.GetProperty("orders").GetInt32() > 0) > 1);
        Assert.All(routed.GetProperty("facilities").EnumerateArray(), f => Assert.InRange(f.GetProperty("peakUtilisation").GetDouble(), 0, 1));
        Assert.True(routed.GetProperty("late").GetInt32() < policies[0].GetProperty("late").GetInt32());
    }

    [Fact]
    public async Task Same_seed_same_result_other_seed_other_orders()
    {
        var path = Write("s.json", Scenario);
        var first = await CliRunner.RunAsync("simulate", "--scenario", path, "--json", "--quiet");
        var again = await CliRunner.RunAsync("simulate", "--scenario", path, "--json", "--quiet");
        var other = await CliRunner.RunAsync("simulate", "--scenario", path, "--json", "--quiet", "--seed", "8");

        Assert.Equal(Strip(first.Out), Strip(again.Out));
        Assert.NotEqual(Strip(first.Out), Strip(other.Out));

        // The run time is the only thing allowed to differ.
        static string Strip(string json) => System.Text.RegularExpressions.Regex.Replace(json, "\"elapsedSeconds\": [0-9.]+", string.Empty);
    }

    [Fact]
    public async Task The_built_in_example_shows_the_policies_apart()
    {
        var (exit, output, error) = await CliRunner.RunAsync("simulate", "--json");

        Assert.Equal(0, exit);
        Assert.Contains("orders drawn", error, StringComparison.Ordinal); // progress goes to stderr
        using var doc = JsonDocument.Parse(output);
        var policies = doc.RootElement.GetProperty("policies").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("ldr"));
        Assert.True(policies["naive"].GetProperty("exceedsThreshold").GetBoolean());
        Assert.False(policies["local-first"].GetProperty("exceedsThreshold").GetBoolean());
        Assert.False(policies["slack-first"].GetProperty("exceedsThreshold").GetBoolean());
        Assert.True(policies["naive"].GetProperty("peak").GetDouble() > 5 * policies["local-first"].GetProperty("peak").GetDouble());
    }

    [Fact]
    public async Task Text_output_has_a_line_per_policy_and_the_verdict()
    {
        var (exit, output, _) = await CliRunner.RunAsync("simulate", "--scenario", Write("s.json", Scenario), "--quiet");

        Assert.Equal(0, exit);
        Assert.Contains("POLICY", output, StringComparison.Ordinal);
        Assert.Contains("\nnaive ", output, StringComparison.Ordinal);
        Assert.Contains("\nlocal-first ", output, StringComparison.Ordinal);
        Assert.Contains("Best: local-first.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_even_the_best_policy_breaches_the_threshold_the_exit_code_is_1()
    {
        var hopeless = Scenario.Replace("\"scale\": 0.02", "\"scale\": 0.001", StringComparison.Ordinal);

        var (exit, _, _) = await CliRunner.RunAsync("simulate", "--scenario", Write("s.json", hopeless), "--quiet");

        Assert.Equal(1, exit);
    }

    [Fact]
    public async Task Write_example_writes_a_scenario_that_runs_as_the_built_in_one()
    {
        var path = Path.Combine(_dir.Path, "example.json");

        var (exit, output, _) = await CliRunner.RunAsync("simulate", "--write-example", path);

        Assert.Equal(0, exit);
        Assert.Contains(path, output, StringComparison.Ordinal);
        var fromFile = await CliRunner.RunAsync("simulate", "--scenario", path, "--json", "--quiet", "--seed", "3");
        var builtIn = await CliRunner.RunAsync("simulate", "--json", "--quiet", "--seed", "3");
        using var a = JsonDocument.Parse(fromFile.Out);
        using var b = JsonDocument.Parse(builtIn.Out);
        Assert.Equal(b.RootElement.GetProperty("orders").GetInt32(), a.RootElement.GetProperty("orders").GetInt32());
        Assert.Equal(b.RootElement.GetProperty("policies")[1].GetProperty("late").GetInt32(), a.RootElement.GetProperty("policies")[1].GetProperty("late").GetInt32());
    }

    [Theory]
    [InlineData("\"horizonDays\": 3", "\"horizonDays\": 300", "horizonDays must be a whole number from 1 to 42")]
    [InlineData("\"destination\": \"DE\"", "\"destination\": \"PL\"", "demand[0].destination 'PL' has no dispatch deadline rule")]
    [InlineData("\"kind\": \"t-shirt\"", "\"kind\": \"kite\"", "demand[0].kind 'kite': no facility")]
    [InlineData("\"prefer\": [\"local\", \"cost\"]", "\"prefer\": [\"local\", \"fastest\"]", "policies[0].prefer[1] 'fastest' is not one of local, cost, co2e, speed, delivery")]
    [InlineData("\"peakMultiplier\": 6", "\"peakMultiplier\": \"ten\"", "spike.peakMultiplier must be a number from 1 to 1000")]
    [InlineData("\"start\": \"2026-11-02T00:00:00Z\"", "\"start\": \"2026-11-02\"", "start must be an ISO 8601 instant with an offset")]
    [InlineData("\"network\": \"builtin:europe\"", "\"network\": \"missing.json\"", "network 'missing.json' is neither 'builtin:europe' nor a file")]
    [InlineData("\"scale\": 0.02", "\"scale\": 0.02, \"facilities\": { \"nowhere\": 5 }", "capacity.facilities.nowhere: no facility has that id")]
    [InlineData("\"ordersPerDay\": 60", "\"ordersPerDay\": 900000", "the simulator takes up to 2,000,000")]
    [InlineData("\"name\": \"small spike\",", "", "name is missing")]
    [InlineData("{", "[", "not valid JSON")]
    public async Task A_bad_scenario_is_bad_input_naming_the_field(string find, string replace, string expected)
    {
        var (exit, output, error) = await CliRunner.RunAsync("simulate", "--scenario", Write("s.json", Scenario.Replace(find, replace, StringComparison.Ordinal)), "--quiet");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("s.json", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_embeds_scenario_text_as_data_that_cannot_close_its_script()
    {
        var hostile = Scenario.Replace("\"name\": \"small spike\"", "\"name\": \"</script><script>alert(1)</script>\"", StringComparison.Ordinal);
        var report = Path.Combine(_dir.Path, "r.html");

        var (exit, _, _) = await CliRunner.RunAsync("simulate", "--scenario", Write("s.json", hostile), "--report", report, "--quiet");

        Assert.Equal(0, exit);
        var html = await File.ReadAllTextAsync(report);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, "</script>")); // the template's own two
        Assert.Contains("\\u003C/script\\u003E", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scenario_outside_the_calendars_years_says_which_fields()
    {
        var (exit, _, error) = await CliRunner.RunAsync("simulate", "--scenario", Write("s.json", Scenario.Replace("2026-11-02T", "2099-11-02T", StringComparison.Ordinal)), "--quiet");

        Assert.Equal(2, exit);
        Assert.Contains("the scenario's start (2099-11-02) and horizon (3 days) fall outside the working calendars", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_into_a_missing_folder_is_refused_before_simulating()
    {
        var (exit, _, error) = await CliRunner.RunAsync("simulate", "--report", "/nonexistent/folder/report.html");

        Assert.Equal(2, exit);
        Assert.Contains("--report: folder '/nonexistent/folder' does not exist", error, StringComparison.Ordinal);
        Assert.DoesNotContain("orders drawn", error, StringComparison.Ordinal);
    }
}
