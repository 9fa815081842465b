namespace PodConnect.Cli.Infrastructure;

/// <summary>Where a command writes; tests pass string writers and a fake clock.</summary>
/// <param name="output">Standard output: results.</param>
/// <param name="error">Standard error: progress and errors.</param>
/// <param name="time">The wall clock (elapsed times).</param>
/// <param name="errorIsTerminal">Whether standard error is a terminal, so progress may rewrite one line in place.</param>
internal sealed class CliConsole(TextWriter output, TextWriter error, TimeProvider time, bool errorIsTerminal = false)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public TimeProvider Time { get; } = time;

    public bool ErrorIsTerminal { get; } = errorIsTerminal;
}
