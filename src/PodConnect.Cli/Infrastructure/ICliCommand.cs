namespace PodConnect.Cli.Infrastructure;

/// <summary>One <c>podconnect</c> sub-command: builds its parser definition, bound to where it writes.</summary>
internal interface ICliCommand
{
    /// <summary>The command with its options, help text, examples and action.</summary>
    PodCommand Create(CliConsole console);
}
