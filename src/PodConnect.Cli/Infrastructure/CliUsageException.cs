namespace PodConnect.Cli.Infrastructure;

/// <summary>The command line or an input file was wrong; the message tells the user what to fix. Exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
