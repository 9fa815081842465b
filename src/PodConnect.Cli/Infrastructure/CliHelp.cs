using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace PodConnect.Cli.Infrastructure;

/// <summary>
/// <c>--help</c>: System.CommandLine's help, then a command's notes, its examples and the exit codes,
/// so one screen answers "how do I call it and what does the result mean". (System.CommandLine 3.0
/// keeps its HelpBuilder internal, so the sections are appended after its output.)
/// </summary>
internal sealed class CliHelp : SynchronousCommandLineAction
{
    private readonly HelpAction _standard = new() { MaxWidth = 100 };

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        _standard.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        if (parseResult.CommandResult.Command is PodCommand command)
        {
            WriteNotes(command, output);
            WriteExamples(command, output);
        }

        WriteExitCodes(output);
        return ExitCodes.Ok;
    }

    /// <summary>One line: the command with its required options spelled out, e.g. <c>Usage: podconnect ldr --ledger &lt;file.csv&gt; [options]</c>.</summary>
    public static string Synopsis(Command command)
    {
        if (command is RootCommand)
        {
            return "Usage: podconnect <command> [options]";
        }

        var required = command.Options.Where(o => o.Required).Select(o => $"{o.Name} <{o.HelpName ?? o.Name.TrimStart('-')}>");
        var optional = command.Options.Any(o => !o.Required && o is not HelpOption) ? " [options]" : string.Empty;
        return $"Usage: podconnect {command.Name} {string.Join(' ', required)}{optional}".Replace("  ", " ", StringComparison.Ordinal);
    }

    private static void WriteNotes(PodCommand command, TextWriter output)
    {
        if (command.Notes is not { } notes)
        {
            return;
        }

        output.WriteLine("Notes:");
        foreach (var line in notes.Split('\n'))
        {
            output.WriteLine(("  " + line.TrimEnd()).TrimEnd());
        }

        output.WriteLine();
    }

    private static void WriteExamples(PodCommand command, TextWriter output)
    {
        if (command.Examples.Count == 0)
        {
            return;
        }

        output.WriteLine("Examples:");
        foreach (var (comment, line) in command.Examples)
        {
            output.WriteLine($"  # {comment}");
            output.WriteLine($"  {line}");
            output.WriteLine();
        }
    }

    private static void WriteExitCodes(TextWriter output)
    {
        output.WriteLine("Exit codes:");
        output.WriteLine($"  {ExitCodes.Ok}  ok");
        output.WriteLine($"  {ExitCodes.Findings}  findings: LDR over the threshold, an order late or unroutable");
        output.WriteLine($"  {ExitCodes.BadInput}  bad input: a wrong option, a missing or malformed file; the message says what to fix");
    }
}
