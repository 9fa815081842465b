using System.CommandLine;

namespace PodConnect.Cli.Infrastructure;

/// <summary>
/// A sub-command with what its <c>--help</c> shows beyond the options: a paragraph of notes and
/// examples (written by <see cref="CliHelp"/>).
/// </summary>
internal sealed class PodCommand(string name, string description) : Command(name, description)
{
    /// <summary>Rules worth knowing before using the command (how a value is computed, what counts as a finding).</summary>
    public string? Notes { get; init; }

    /// <summary>Command lines that work as shown, each with a comment line before it.</summary>
    public IReadOnlyList<(string Comment, string CommandLine)> Examples { get; init; } = [];

    /// <summary>Adds options in the order <c>--help</c> lists them.</summary>
    public void AddOptions(params Option[] options)
    {
        foreach (var option in options)
        {
            Options.Add(option);
        }
    }

    /// <summary>Sets the action; it returns the exit code (<see cref="ExitCodes"/>).</summary>
    public void SetHandler(Func<ParseResult, CancellationToken, Task<int>> run) => SetAction(run);
}
