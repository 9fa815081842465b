namespace PodConnect.Testing.Fuzzing;

/// <summary>What a fuzz run saw: cases that parsed, cases rejected with a typed error, and how long it took.</summary>
/// <param name="Parsed">Cases the entry point accepted.</param>
/// <param name="Rejected">Cases it refused with an accepted (typed) error.</param>
/// <param name="Elapsed">Wall time of the run.</param>
public sealed record FuzzSummary(int Parsed, int Rejected, TimeSpan Elapsed)
{
    /// <summary>All cases run.</summary>
    public int Total => Parsed + Rejected;
}
