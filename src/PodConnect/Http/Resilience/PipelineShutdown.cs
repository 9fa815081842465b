using System.Diagnostics;

namespace PodConnect.Http.Resilience;

/// <summary>
/// Lets a container dispose while a PodConnect call is still inside its pipeline, whatever clock the
/// pipeline runs on. Polly's registry waits for in-flight executions before it disposes a pipeline, in
/// one-second sleeps on the pipeline's <see cref="TimeProvider"/>: with a <c>FakeTimeProvider</c> that
/// nobody advances (a test that ended while a retry delay was pending), disposal waited forever.
/// On shutdown this cancels the calls still running and waits, in real time and briefly, until they
/// have left the pipeline, so the registry finds nothing in flight.
/// The singleton is first resolved inside the pipeline factory, i.e. after Polly's registry exists, and
/// the container disposes in reverse order of creation: it shuts down before the registry disposes.
/// </summary>
internal sealed class PipelineShutdown : IDisposable
{
    /// <summary>How long shutdown waits for cancelled calls to unwind (they normally take microseconds).</summary>
    private static readonly TimeSpan UnwindLimit = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _source = new();
    private int _inFlight;

    public CancellationToken Token => _source.Token;

    /// <summary>A call entered the pipeline; dispose the result when it has left.</summary>
    public Call Enter()
    {
        Interlocked.Increment(ref _inFlight);
        return new Call(this);
    }

    public void Dispose()
    {
        if (_source.IsCancellationRequested)
        {
            return;
        }

        _source.Cancel();
        var clock = Stopwatch.StartNew();
        while (Volatile.Read(ref _inFlight) > 0 && clock.Elapsed < UnwindLimit)
        {
            Thread.Sleep(1);
        }
    }

    /// <summary>Marks one call as in flight until disposed.</summary>
    public readonly struct Call(PipelineShutdown owner) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref owner._inFlight);
    }
}
