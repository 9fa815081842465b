using PodConnect.Cli;
using PodConnect.Cli.Infrastructure;

/// <summary>
/// The tool's entry point. A class rather than top-level statements: with ASP.NET Core's shared framework
/// in the tool (the demo's fakes run on it), a source generator would make a top-level Program public.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var app = new CliApp(CommandCatalog.All);
        return await app.RunAsync(args, new CliConsole(Console.Out, Console.Error, TimeProvider.System, errorIsTerminal: !Console.IsErrorRedirected), cancel.Token);
    }
}
