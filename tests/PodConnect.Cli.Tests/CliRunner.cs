using Microsoft.Extensions.Time.Testing;
using PodConnect.Cli;
using PodConnect.Cli.Infrastructure;

namespace PodConnect.Cli.Tests;

/// <summary>Runs the real command catalog in-process with captured output and a fixed clock.</summary>
internal static class CliRunner
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await new CliApp(CommandCatalog.All).RunAsync(args, new CliConsole(output, error, new FakeTimeProvider(Now)));
        return (exit, output.ToString(), error.ToString());
    }
}
