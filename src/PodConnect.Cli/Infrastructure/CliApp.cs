using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text.Json;

namespace PodConnect.Cli.Infrastructure;

/// <summary>
/// Parses <c>podconnect &lt;command&gt; [options]</c> with System.CommandLine, runs the command and maps
/// every outcome to the shared exit codes: parse errors and bad input files are 2 with a message that
/// says what to fix; an unexpected exception is not caught, so a bug shows its stack trace.
/// </summary>
internal sealed class CliApp(IReadOnlyList<ICliCommand> commands)
{
    public const string Description = "podconnect — TikTok Shop print-on-demand fulfillment toolkit";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var root = BuildRoot(console);
        var config = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
        if (args.Count == 0)
        {
            await root.Parse(["--help"]).InvokeAsync(config, cancellationToken);
            return ExitCodes.BadInput;
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            if (parsed.Action is ParseErrorAction errorAction)
            {
                // Errors and "did you mean" suggestions; the usage line below replaces the full help.
                errorAction.ShowHelp = false;
                errorAction.ShowTypoCorrections = true;
            }

            // Its suggestions go to the standard output by default; they belong with the errors.
            await parsed.InvokeAsync(new InvocationConfiguration { Output = console.Error, Error = console.Error }, cancellationToken);
            await WriteUsageHintAsync(parsed.CommandResult.Command, console.Error);
            return ExitCodes.BadInput;
        }

        try
        {
            return await parsed.InvokeAsync(config, cancellationToken);
        }
        catch (CliUsageException e)
        {
            await console.Error.WriteLineAsync($"error: {e.Message}");
            await WriteUsageHintAsync(parsed.CommandResult.Command, console.Error);
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (IsBadInput(e))
        {
            await console.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync("cancelled");
            return ExitCodes.Cancelled;
        }
    }

    /// <summary>What a malformed or missing input file raises: its message names the file and the field.</summary>
    private static bool IsBadInput(Exception e) =>
        e is InvalidDataException or FormatException or IOException or UnauthorizedAccessException or JsonException
        or (ArgumentException and not ArgumentNullException);

    private RootCommand BuildRoot(CliConsole console)
    {
        var root = new RootCommand(Description);
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            option.Action = new CliHelp();
        }

        foreach (var command in commands)
        {
            root.Subcommands.Add(command.Create(console));
        }

        return root;
    }

    private static async Task WriteUsageHintAsync(Command command, TextWriter error)
    {
        await error.WriteLineAsync(CliHelp.Synopsis(command));
        var name = command is RootCommand ? "podconnect" : $"podconnect {command.Name}";
        await error.WriteLineAsync($"Run '{name} --help' for every option, examples and exit codes.");
    }
}
