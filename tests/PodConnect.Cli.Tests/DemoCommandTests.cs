using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PodConnect.Cli.Demo;

namespace PodConnect.Cli.Tests;

/// <summary>
/// <c>podconnect demo</c> at a small size: bad input, the JSON shape, and the end state checked at the
/// fakes themselves — every order shipped or surfaced, none placed twice at any provider — with and
/// without faults. Everything runs on the demo's simulated clock; nothing waits on real time.
/// </summary>
public sealed class DemoCommandTests
{
    [Theory]
    [InlineData("--orders", "0", "--orders must be a whole number from 1 to 5000, not '0'.")]
    [InlineData("--orders", "many", "--orders must be a whole number from 1 to 5000, not 'many'.")]
    [InlineData("--faults", "0.9", "--faults must be a fraction from 0 to 0.5, such as 0.1 for 10%, not '0.9'.")]
    [InlineData("--faults", "10%", "--faults must be a fraction from 0 to 0.5, such as 0.1 for 10%, not '10%'.")]
    [InlineData("--seed", "-1", "--seed must be a whole number from 0 to 2147483647, not '-1'.")]
    public async Task A_bad_option_exits_2_naming_the_option_and_a_good_value(string option, string value, string message)
    {
        var (exit, output, error) = await CliRunner.RunAsync("demo", option, value);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("Usage: podconnect demo [options]", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_accounts_for_every_order_and_every_call()
    {
        var (exit, output, error) = await CliRunner.RunAsync("demo", "--orders", "40", "--seed", "3", "--json", "--quiet");

        Assert.Empty(error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(
            ["orders", "seed", "faultRate", "elapsedSeconds", "simulated", "buyers", "shipped", "surfaced", "lost", "duplicated", "production", "localShare", "ldr", "lateRisks", "co2e", "http", "findings"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(40, root.GetProperty("orders").GetInt32());
        Assert.Equal(3, root.GetProperty("seed").GetInt32());
        Assert.Equal(40, root.GetProperty("buyers").EnumerateObject().Sum(b => b.Value.GetInt32()));
        Assert.All(root.GetProperty("buyers").EnumerateObject(), b => Assert.Contains(b.Name, new[] { "GB", "IE", "DE", "FR", "ES", "IT" }));

        var shipped = root.GetProperty("shipped").GetInt32();
        var surfaced = root.GetProperty("surfaced");
        Assert.Equal(40, shipped + surfaced.GetProperty("count").GetInt32() + root.GetProperty("lost").GetArrayLength());
        Assert.Equal(0, root.GetProperty("lost").GetArrayLength());
        Assert.Equal(0, root.GetProperty("duplicated").GetArrayLength());
        Assert.Equal(surfaced.GetProperty("count").GetInt32(), surfaced.GetProperty("orders").GetArrayLength());
        Assert.Equal(shipped, root.GetProperty("production").EnumerateArray().Sum(p => p.GetProperty("orders").GetInt32()));
        Assert.All(root.GetProperty("production").EnumerateArray(), p => Assert.Contains(p.GetProperty("provider").GetString(), new[] { "gelato", "printful", "prodigi", "printify" }));

        var ldr = root.GetProperty("ldr");
        Assert.Equal(shipped, ldr.GetProperty("dispatched").GetInt32());
        Assert.Equal(0.04, ldr.GetProperty("threshold").GetDouble());
        Assert.Equal(Math.Round(ldr.GetProperty("late").GetInt32() / (double)shipped, 4), ldr.GetProperty("rate").GetDouble());
        Assert.InRange(root.GetProperty("localShare").GetDouble(), 0, 1);

        var co2e = root.GetProperty("co2e");
        Assert.Equal(shipped, co2e.GetProperty("orders").GetInt32());
        Assert.True(co2e.GetProperty("totalKg").GetDouble() > 0);
        Assert.True(co2e.GetProperty("centralHubKg").GetDouble() > co2e.GetProperty("totalKg").GetDouble(), "local production should beat one central hub");
        Assert.Equal("gelato-de-berlin", co2e.GetProperty("centralHub").GetString());

        var http = root.GetProperty("http");
        var total = http.GetProperty("total").GetInt32();
        Assert.Equal(total, http.GetProperty("byApi").EnumerateObject().Sum(a => a.Value.GetInt32()));
        Assert.Equal(total, http.GetProperty("byOperation").EnumerateObject().Sum(a => a.Value.EnumerateObject().Sum(o => o.Value.GetInt32())));
        Assert.Equal(shipped, http.GetProperty("markShipped").GetInt32());
        Assert.Equal(shipped, http.GetProperty("providerCreates").GetInt32());
        Assert.Equal(0, http.GetProperty("faultsInjected").GetInt32());

        // Nothing lost or duplicated, so the exit code follows the LDR alone (40 orders: 1 late is 2.5%).
        Assert.Equal(ldr.GetProperty("exceedsThreshold").GetBoolean(), root.GetProperty("findings").GetBoolean());
        Assert.Equal(root.GetProperty("findings").GetBoolean() ? 1 : 0, exit);
    }

    [Fact]
    public async Task Every_order_ships_once_at_one_provider_as_the_fakes_see_it()
    {
        using var run = await DemoRun.StartAsync(new DemoSettings(Orders: 60, Seed: 11, FaultRate: 0), CancellationToken.None);
        var result = await run.RunAsync(progress: null, new FakeTimeProvider(), CancellationToken.None);

        AssertEndStateAtTheFakes(run, result);
        Assert.Equal(60, result.Shipped);
        Assert.Equal(60, run.Fakes.TikTok.MarkShippedCount);
        // The floor is one create and one mark-shipped per order; reads, Gelato's search before create and
        // TikTok's polls add to it, and at 60 orders the polls of three simulated days weigh most.
        Assert.InRange(result.CallsPerOrder, 2, 15);
        Assert.False(result.HasFindings);
    }

    [Fact]
    public async Task Under_faults_every_order_still_ships_once_or_is_surfaced()
    {
        using var run = await DemoRun.StartAsync(new DemoSettings(Orders: 60, Seed: 5, FaultRate: 0.1), CancellationToken.None);
        var result = await run.RunAsync(progress: null, new FakeTimeProvider(), CancellationToken.None);

        AssertEndStateAtTheFakes(run, result);
        Assert.True(result.FaultsInjected > 20, $"faults injected {result.FaultsInjected}");
        Assert.Equal(run.Fakes.FaultsInjected, result.FaultsInjected);
        Assert.True(result.Shipped >= 55, $"shipped {result.Shipped}");
    }

    [Fact]
    public async Task The_text_summary_names_the_figures_and_exit_code_follows_the_findings()
    {
        var (exit, output, error) = await CliRunner.RunAsync("demo", "--orders", "20", "--seed", "8");

        Assert.Contains("A viral spike of 20 TikTok Shop orders (seed 8)", output, StringComparison.Ordinal);
        Assert.Contains("Shipped         20  (100%)", output, StringComparison.Ordinal);
        Assert.Contains("Produced in the buyer's country:", output, StringComparison.Ordinal);
        Assert.Contains(exit == 0 ? "under TikTok's 4%" : "OVER TikTok's 4%", output, StringComparison.Ordinal);
        Assert.Contains("against", output, StringComparison.Ordinal);
        Assert.Contains("per order", output, StringComparison.Ordinal);

        // Redirected stderr: plain progress lines, no carriage returns.
        Assert.Contains("demo: Tue 10 Nov", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', error);
    }

    [Fact]
    public void On_a_terminal_progress_rewrites_one_line_in_place()
    {
        using var error = new StringWriter();
        var progress = new DemoProgress(error, terminal: true);
        var at = DemoSpike.Start;

        progress.Report(new DemoSnapshot(at, 10, 100, 0, 0, 0, 12));
        progress.Report(new DemoSnapshot(at.AddMinutes(10), 20, 100, 5, 0, 0, 30));
        progress.Complete(new DemoSnapshot(at.AddMinutes(20), 100, 100, 100, 100, 0, 400));

        var text = error.ToString();
        Assert.Equal(3, text.Count(c => c == '\r'));
        Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith("shipped 100  surfaced 0  HTTP calls 400" + Environment.NewLine, text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_seed_draws_the_same_spike_to_UK_and_EU_buyers()
    {
        var a = DemoSpike.Draw(500, 42);
        var b = DemoSpike.Draw(500, 42);

        Assert.Equal(a, b);
        Assert.NotEqual(a, DemoSpike.Draw(500, 43));
        Assert.Equal(500, a.Select(o => o.Id).Distinct().Count());
        Assert.All(a, o => Assert.InRange(o.PlacedAt, DemoSpike.Start, DemoSpike.Start.AddHours(8)));
        Assert.InRange(a.Count(o => o.Place.Country == "GB") / 500.0, 0.3, 0.55);
        Assert.InRange(a.Count(o => o.PlacedAt < DemoSpike.Start.AddHours(2)) / 500.0, 0.6, 0.85);
    }

    /// <summary>Counts at every fake, independently of the demo's own summary.</summary>
    private static void AssertEndStateAtTheFakes(DemoRun run, DemoResult result)
    {
        var fakes = run.Fakes;
        foreach (var order in run.Orders)
        {
            var atProviders = fakes.Gelato.OrdersWithReference(order.Id).Count
                + fakes.Printful.Orders.Count(o => o.ExternalId == order.Id)
                + fakes.Prodigi.Orders.Count(o => o.MerchantReference == order.Id)
                + fakes.Printify.OrdersWithExternalId(order.Id);
            Assert.True(atProviders <= 1, $"order {order.Id} is at {atProviders} providers");
            if (fakes.IsShippedOnTikTok(order.Id))
            {
                Assert.Equal(1, atProviders);
            }
            else
            {
                Assert.True(run.Loop.Monitor.Surfaced.ContainsKey(order.Id), $"order {order.Id} is neither shipped nor surfaced");
            }
        }

        Assert.Empty(result.Lost);
        Assert.Empty(result.Duplicated);
        Assert.Equal(run.Orders.Count, result.Shipped + result.Surfaced.Count);
    }
}
