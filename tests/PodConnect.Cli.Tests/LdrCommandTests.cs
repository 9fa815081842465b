using System.Text;
using System.Text.Json;

namespace PodConnect.Cli.Tests;

public sealed class LdrCommandTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"podconnect-ldr-{Guid.NewGuid():N}.csv");

    public void Dispose() => File.Delete(_path);

    private void WriteLedger(int late, int onTime, params string[] extraLines)
    {
        var csv = new StringBuilder("order_id,deadline,dispatched_at\n");
        for (var i = 0; i < late + onTime; i++)
        {
            var dispatched = i < late ? "2026-11-20T10:00:00Z" : "2026-11-18T10:00:00Z";
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"o{i},2026-11-19T23:59:59.9999999+00:00,{dispatched}\n");
        }

        foreach (var line in extraLines)
        {
            csv.Append(line).Append('\n');
        }

        File.WriteAllText(_path, csv.ToString());
    }

    [Fact]
    public async Task Json_matches_the_documented_shape()
    {
        WriteLedger(late: 5, onTime: 155);
        var (exit, output, _) = await CliRunner.RunAsync("ldr", "--ledger", _path, "--json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(0.0312, doc.RootElement.GetProperty("ldr").GetDouble());
        Assert.Equal(5, doc.RootElement.GetProperty("late").GetInt32());
        Assert.Equal(160, doc.RootElement.GetProperty("dispatched").GetInt32());
        Assert.Equal(1, doc.RootElement.GetProperty("headroom").GetInt32());
    }

    [Fact]
    public async Task Window_and_at_limit_what_counts()
    {
        WriteLedger(late: 5, onTime: 155);
        // On 2026-12-19 the window (2026-11-19, 2026-12-19] holds only the late dispatches of 20 Nov.
        var (exit, output, _) = await CliRunner.RunAsync("ldr", "--ledger", _path, "--at", "2026-12-19T12:00:00Z", "--window", "30", "--threshold", "0.5", "--json");
        Assert.Equal(1, exit); // over the threshold: a finding
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(5, doc.RootElement.GetProperty("dispatched").GetInt32());
        Assert.Equal(1.0, doc.RootElement.GetProperty("ldr").GetDouble());
        Assert.True(doc.RootElement.GetProperty("exceedsThreshold").GetBoolean());
    }

    [Fact]
    public async Task Human_output_states_rate_and_headroom()
    {
        WriteLedger(late: 5, onTime: 155);
        var (_, output, _) = await CliRunner.RunAsync("ldr", "--ledger", _path);
        Assert.Contains("LDR 3.13% (5 late of 160 dispatched)", output, StringComparison.Ordinal);
        Assert.Contains("Headroom: 1 more", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_rows_are_reported_by_line_and_exit_2()
    {
        WriteLedger(1, 1, "x,not-a-date,2026-11-18T10:00:00Z", "y,2026-11-19T00:00:00Z", ",2026-11-19T00:00:00Z,2026-11-18T10:00:00Z", "z,2026-11-19T00:00:00Z,2026-11-18T10:00:00");
        var (exit, output, error) = await CliRunner.RunAsync("ldr", "--ledger", _path, "--json");
        Assert.Equal(2, exit);
        Assert.Contains("line 4: deadline 'not-a-date'", error, StringComparison.Ordinal);
        Assert.Contains("line 5: expected 3 fields", error, StringComparison.Ordinal);
        Assert.Contains("line 6: order_id is empty", error, StringComparison.Ordinal);
        Assert.Contains("line 7: dispatched_at", error, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(4, doc.RootElement.GetProperty("badRows").GetInt32());
        Assert.Equal(2, doc.RootElement.GetProperty("dispatched").GetInt32());
    }

    [Fact]
    public async Task Repeated_order_counts_once()
    {
        WriteLedger(0, 1, "o0,2026-11-19T23:59:59Z,2026-11-20T10:00:00Z");
        var (_, output, _) = await CliRunner.RunAsync("ldr", "--ledger", _path, "--json");
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1, doc.RootElement.GetProperty("dispatched").GetInt32());
        Assert.Equal(1, doc.RootElement.GetProperty("late").GetInt32());
    }

    [Fact]
    public async Task Missing_file_is_bad_input_naming_it()
    {
        var (exit, _, error) = await CliRunner.RunAsync("ldr", "--ledger", "/nonexistent/ledger.csv");
        Assert.Equal(2, exit);
        Assert.Contains("/nonexistent/ledger.csv", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--window", "0")]
    [InlineData("--threshold", "4")]
    [InlineData("--window", "thirty")]
    public async Task Bad_options_exit_2(string option, string value)
    {
        WriteLedger(0, 1);
        Assert.Equal(2, (await CliRunner.RunAsync("ldr", "--ledger", _path, option, value)).Exit);
    }

    [Fact]
    public async Task Over_the_threshold_is_a_finding_exit_1()
    {
        WriteLedger(late: 7, onTime: 93);
        var (exit, output, _) = await CliRunner.RunAsync("ldr", "--ledger", _path);
        Assert.Equal(1, exit);
        Assert.Contains("ABOVE the 4% threshold", output, StringComparison.Ordinal);
    }
}
