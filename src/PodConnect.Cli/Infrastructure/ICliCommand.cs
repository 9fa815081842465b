namespace PodConnect.Cli.Infrastructure;

/// <summary>One <c>podconnect</c> sub-command.</summary>
internal interface ICliCommand
{
    /// <summary>The word after <c>podconnect</c>.</summary>
    string Name { get; }

    /// <summary>One line for the help listing.</summary>
    string Summary { get; }

    /// <summary>Usage text shown with <c>--help</c> or after a usage error.</summary>
    string Usage { get; }

    /// <summary>Options that take no value.</summary>
    IReadOnlySet<string> Flags { get; }

    /// <summary>Runs the command; returns the process exit code.</summary>
    Task<int> RunAsync(CliArguments args, CliConsole console, CancellationToken cancellationToken);
}
