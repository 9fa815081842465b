namespace PodConnect.Cli.Infrastructure;

/// <summary>The process exit codes every command shares (documented in docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>The command ran and found nothing wrong.</summary>
    public const int Ok = 0;

    /// <summary>The command ran and found something to act on: LDR over the threshold, a late or unroutable order.</summary>
    public const int Findings = 1;

    /// <summary>Bad input: a wrong option, a missing or malformed file (or rows of one: then the rest is still reported).</summary>
    public const int BadInput = 2;

    /// <summary>Interrupted with Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
