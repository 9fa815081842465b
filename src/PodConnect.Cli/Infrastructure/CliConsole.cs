namespace PodConnect.Cli.Infrastructure;

/// <summary>Where a command writes; tests pass string writers and a fake clock.</summary>
internal sealed class CliConsole(TextWriter output, TextWriter error, TimeProvider time)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public TimeProvider Time { get; } = time;
}
