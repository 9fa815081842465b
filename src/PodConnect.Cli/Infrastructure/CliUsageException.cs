namespace PodConnect.Cli.Infrastructure;

/// <summary>The command line was wrong; the message tells the user what to type instead. Exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
