using PodConnect.Cli.Commands;
using PodConnect.Cli.Infrastructure;

namespace PodConnect.Cli;

/// <summary>Every command the tool offers, in help order. A new command is one file in Commands/ and one line here.</summary>
internal static class CommandCatalog
{
    public static IReadOnlyList<ICliCommand> All { get; } =
    [
        new DemoCommand(),
        new SimulateCommand(),
        new RouteCommand(),
        new NetworkCommand(),
        new DeadlineCommand(),
        new LdrCommand(),
    ];
}
