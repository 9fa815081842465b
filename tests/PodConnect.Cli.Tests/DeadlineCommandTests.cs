using System.Text.Json;

namespace PodConnect.Cli.Tests;

public class DeadlineCommandTests
{
    [Fact]
    public async Task Prints_the_deadline_with_its_offset()
    {
        var (exit, output, _) = await CliRunner.RunAsync("deadline", "--market", "GB", "--ordered-at", "2026-12-24T15:00:00Z");
        Assert.Equal(0, exit);
        Assert.StartsWith("2026-12-30T23:59:59.9999999+00:00", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_has_deadline_market_and_working_days()
    {
        var (exit, output, _) = await CliRunner.RunAsync("deadline", "--market", "UK", "--ordered-at", "2026-12-24T15:00:00Z", "--days", "3", "--json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("2026-12-31T23:59:59.9999999+00:00", doc.RootElement.GetProperty("deadline").GetString());
        Assert.Equal("GB", doc.RootElement.GetProperty("market").GetString());
        Assert.Equal(3, doc.RootElement.GetProperty("workingDays").GetInt32());
    }

    [Theory]
    [InlineData("--market", "XX", "--ordered-at", "2026-12-24T15:00:00Z")]
    [InlineData("--market", "GB", "--ordered-at", "yesterday")]
    [InlineData("--market", "GB", "--ordered-at", "2026-12-24T15:00:00")] // no offset: ambiguous
    [InlineData("--market", "GB")]
    [InlineData("--market", "GB", "--ordered-at", "2026-12-24T15:00:00Z", "--colour", "red")]
    public async Task Bad_arguments_exit_2_with_a_message(params string[] args)
    {
        var (exit, _, error) = await CliRunner.RunAsync(["deadline", .. args]);
        Assert.Equal(2, exit);
        Assert.Contains("Usage: podconnect deadline", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Market_without_a_rule_is_bad_input_naming_it()
    {
        var (exit, _, error) = await CliRunner.RunAsync("deadline", "--market", "PL", "--ordered-at", "2026-12-24T15:00:00Z");
        Assert.Equal(2, exit);
        Assert.Contains("'PL'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_and_help()
    {
        Assert.Equal(2, (await CliRunner.RunAsync("frobnicate")).Exit);
        var help = await CliRunner.RunAsync("--help");
        Assert.Equal(0, help.Exit);
        Assert.Contains("deadline", help.Out, StringComparison.Ordinal);
        Assert.Contains("ldr", help.Out, StringComparison.Ordinal);
    }
}
