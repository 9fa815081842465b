namespace PodConnect.Http.Resilience;

/// <summary>
/// Lets a container dispose while a PodConnect call is still inside its pipeline, whatever clock the
/// pipeline runs on. Polly's registry waits for in-flight executions before it disposes a pipeline,
/// in one-second sleeps measured on the pipeline's own <see cref="TimeProvider"/>: with a
/// <c>FakeTimeProvider</c> that nobody advances (a test that ended while a retry delay was pending),
/// disposal waited forever. On shutdown this cancels the calls still running and moves the pipeline's
/// clock (<see cref="Watch"/>) to real time, so the registry's wait ends within about a second.
/// The singleton is first resolved inside the pipeline factory, i.e. after Polly's registry exists, and
/// the container disposes in reverse order of creation: it shuts down before the registry disposes.
/// </summary>
internal sealed class PipelineShutdown : IDisposable
{
    private readonly CancellationTokenSource _source = new();

    public CancellationToken Token => _source.Token;

    public bool IsShutDown => _source.IsCancellationRequested;

    /// <summary>The pipeline's clock: <paramref name="clock"/> until shutdown, real time after it.</summary>
    public TimeProvider Watch(TimeProvider clock) => ReferenceEquals(clock, TimeProvider.System) ? clock : new ShutdownClock(clock, this);

    public void Dispose()
    {
        if (!_source.IsCancellationRequested)
        {
            _source.Cancel();
        }
    }

    private sealed class ShutdownClock(TimeProvider clock, PipelineShutdown shutdown) : TimeProvider
    {
        private TimeProvider Current => shutdown.IsShutDown ? System : clock;

        public override DateTimeOffset GetUtcNow() => Current.GetUtcNow();

        public override long GetTimestamp() => Current.GetTimestamp();

        public override long TimestampFrequency => Current.TimestampFrequency;

        public override TimeZoneInfo LocalTimeZone => clock.LocalTimeZone;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            Current.CreateTimer(callback, state, dueTime, period);
    }
}
