namespace PodConnect.Cli.Infrastructure;

/// <summary>Dispatches <c>podconnect &lt;command&gt; [options]</c> to a command and maps failures to exit codes.</summary>
internal sealed class CliApp(IReadOnlyList<ICliCommand> commands)
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken = default)
    {
        if (args.Count == 0 || args[0] is "--help" or "-h" or "help")
        {
            await WriteHelpAsync(console.Out).ConfigureAwait(false);
            return args.Count == 0 ? Usage : Ok;
        }

        var command = commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.Ordinal));
        if (command is null)
        {
            await console.Error.WriteLineAsync($"Unknown command '{args[0]}'.").ConfigureAwait(false);
            await WriteHelpAsync(console.Error).ConfigureAwait(false);
            return Usage;
        }

        var rest = args.Skip(1).ToList();
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            await console.Out.WriteLineAsync(command.Usage).ConfigureAwait(false);
            return Ok;
        }

        try
        {
            var parsed = CliArguments.Parse(rest, command.Flags);
            return await command.RunAsync(parsed, console, cancellationToken).ConfigureAwait(false);
        }
        catch (CliUsageException e)
        {
            await console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            await console.Error.WriteLineAsync(command.Usage).ConfigureAwait(false);
            return Usage;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IOException or InvalidDataException)
        {
            await console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return Failed;
        }
    }

    private async Task WriteHelpAsync(TextWriter writer)
    {
        await writer.WriteLineAsync("podconnect — TikTok Shop print-on-demand fulfillment toolkit").ConfigureAwait(false);
        await writer.WriteLineAsync().ConfigureAwait(false);
        await writer.WriteLineAsync("Commands:").ConfigureAwait(false);
        foreach (var c in commands)
        {
            await writer.WriteLineAsync($"  {c.Name,-10} {c.Summary}").ConfigureAwait(false);
        }

        await writer.WriteLineAsync().ConfigureAwait(false);
        await writer.WriteLineAsync("Run 'podconnect <command> --help' for a command's options.").ConfigureAwait(false);
    }
}
