namespace PodConnect.Cli.Tests;

/// <summary>What every command shares: help with examples, exit codes, errors that say what to fix.</summary>
public class ParserTests
{
    public static TheoryData<string> Commands => ["demo", "simulate", "route", "network", "deadline", "ldr"];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_of_every_command_shows_options_examples_and_exit_codes(string command)
    {
        var (exit, output, error) = await CliRunner.RunAsync(command, "--help");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains($"podconnect {command}", output, StringComparison.Ordinal);
        Assert.Contains("Options:", output, StringComparison.Ordinal);
        Assert.Contains("Examples:", output, StringComparison.Ordinal);
        Assert.Contains($"  podconnect {command}", output, StringComparison.Ordinal);
        Assert.Contains("2  bad input", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_arguments_print_the_command_list_and_exit_2()
    {
        var (exit, output, _) = await CliRunner.RunAsync();

        Assert.Equal(2, exit);
        Assert.Contains("Commands:", output, StringComparison.Ordinal);
        Assert.Contains("route", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_command_suggests_the_right_one_on_stderr()
    {
        var (exit, output, error) = await CliRunner.RunAsync("deadlin");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("deadline", error, StringComparison.Ordinal);
        Assert.Contains("Run 'podconnect --help'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_value_names_the_option_and_shows_a_good_one()
    {
        var (exit, _, error) = await CliRunner.RunAsync("ldr", "--ledger", "x.csv", "--window", "thirty", "--at", "tomorrow");

        Assert.Equal(2, exit);
        Assert.Contains("--window must be a whole number from 1 to 3650, not 'thirty'.", error, StringComparison.Ordinal);
        Assert.Contains("--at must be an ISO 8601 instant with an offset, such as 2026-12-24T15:00:00Z, not 'tomorrow'.", error, StringComparison.Ordinal);
        Assert.Contains("--ledger: file 'x.csv' does not exist.", error, StringComparison.Ordinal);
        Assert.Contains("Usage: podconnect ldr --ledger <file.csv> [options]", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_option_is_named()
    {
        var (exit, _, error) = await CliRunner.RunAsync("route");

        Assert.Equal(2, exit);
        Assert.Contains("--order", error, StringComparison.Ordinal);
        Assert.Contains("Usage: podconnect route --order <order.json> [options]", error, StringComparison.Ordinal);
    }
}
