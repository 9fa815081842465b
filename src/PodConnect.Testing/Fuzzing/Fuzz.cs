using System.Diagnostics;
using System.Text;

namespace PodConnect.Testing.Fuzzing;

/// <summary>
/// Runs a parser of untrusted bytes over many mutated inputs and fails with every case that ended
/// in an exception the caller did not accept as typed (a raw <see cref="NullReferenceException"/>,
/// <see cref="InvalidOperationException"/>, <see cref="OverflowException"/>…) or that did not finish
/// within the time limit (a hang):
/// <code>
/// var cases = new JsonMutator(seed: 7).Mutate(validPayload, 3_000);
/// Fuzz.Check(cases, payload =&gt; parser.Parse(payload), e =&gt; e is PodConnectException);
/// </code>
/// </summary>
public static class Fuzz
{
    /// <summary>The longest a whole run may take before it counts as a hang (generous; a run is normally well under a second).</summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Runs <paramref name="entryPoint"/> on every case. Returns the number of cases that parsed and
    /// the number that were rejected with an accepted error; throws <see cref="FuzzFailureException"/>
    /// listing the first failures otherwise.
    /// </summary>
    /// <param name="cases">The inputs, e.g. from <see cref="JsonMutator.Mutate"/>.</param>
    /// <param name="entryPoint">The code under test; it may return normally or throw.</param>
    /// <param name="isTypedError">Which exceptions are acceptable answers to bad input.</param>
    /// <param name="timeLimit">The whole run's limit; <see cref="DefaultTimeLimit"/> when null.</param>
    public static FuzzSummary Check(IEnumerable<FuzzCase> cases, Action<byte[]> entryPoint, Func<Exception, bool> isTypedError, TimeSpan? timeLimit = null)
    {
        ArgumentNullException.ThrowIfNull(entryPoint);
        return CheckAsync(cases, payload => { entryPoint(payload); return Task.CompletedTask; }, isTypedError, timeLimit).GetAwaiter().GetResult();
    }

    /// <summary>The asynchronous form of <see cref="Check"/>, for entry points that read a stream or an HTTP content.</summary>
    public static async Task<FuzzSummary> CheckAsync(IEnumerable<FuzzCase> cases, Func<byte[], Task> entryPoint, Func<Exception, bool> isTypedError, TimeSpan? timeLimit = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(entryPoint);
        ArgumentNullException.ThrowIfNull(isTypedError);
        var failures = new List<(FuzzCase Case, Exception Error)>();
        int parsed = 0, rejected = 0;
        FuzzCase? current = null;
        var run = Task.Run(async () =>
        {
            foreach (var c in cases)
            {
                Volatile.Write(ref current, c);
                try
                {
                    await entryPoint(c.Payload).ConfigureAwait(false);
                    parsed++;
                }
#pragma warning disable CA1031 // Every exception is inspected: that is the point of the run.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    if (isTypedError(e))
                    {
                        rejected++;
                    }
                    else
                    {
                        failures.Add((c, e));
                    }
                }
            }
        });
        var limit = timeLimit ?? DefaultTimeLimit;
        var clock = Stopwatch.StartNew();
        if (await Task.WhenAny(run, Task.Delay(limit)).ConfigureAwait(false) != run)
        {
            throw new FuzzFailureException($"The run did not finish within {limit.TotalSeconds:0.###} s; it hung on {Volatile.Read(ref current)?.ToString() ?? "its first case"}.");
        }

        await run.ConfigureAwait(false);
        if (failures.Count > 0)
        {
            var text = new StringBuilder().Append(failures.Count).Append(" of ").Append(parsed + rejected + failures.Count)
                .AppendLine(" cases ended in an untyped exception:");
            foreach (var (c, e) in failures.Take(10))
            {
                text.Append("- ").Append(c).Append(": ").Append(e.GetType().Name).Append(": ").AppendLine(e.Message);
                text.Append("    at ").AppendLine(e.StackTrace?.Split('\n').FirstOrDefault()?.Trim());
            }

            throw new FuzzFailureException(text.ToString());
        }

        return new FuzzSummary(parsed, rejected, clock.Elapsed);
    }
}
