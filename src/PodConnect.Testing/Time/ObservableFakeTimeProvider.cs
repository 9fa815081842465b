using Microsoft.Extensions.Time.Testing;

namespace PodConnect.Testing.Time;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells a test when code under test has started waiting on it,
/// so the test advances time exactly when a delay is pending instead of pumping real time in a loop:
/// <code>
/// var call = client.GetAsync(...);                        // answers 429 Retry-After: 3
/// await time.WaitForTimerAsync(TimeSpan.FromSeconds(3));  // the retry delay is now scheduled
/// time.Advance(TimeSpan.FromSeconds(3));                  // … and released
/// </code>
/// Advancing before the timer exists is the classic race: the timer is then created after the jump,
/// is due in the future of a clock nobody moves again, and the test hangs.
/// </summary>
public class ObservableFakeTimeProvider : FakeTimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _created = [];
    private readonly List<(int From, Func<TimeSpan, bool> Match, TaskCompletionSource<CreatedTimer> Signal)> _waiters = [];

    /// <summary>Creates the provider at <paramref name="start"/> (default: the <see cref="FakeTimeProvider"/> default).</summary>
    public ObservableFakeTimeProvider(DateTimeOffset? start = null)
        : base(start ?? new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>How many timers (and delays, which are timers) have been created on this clock.</summary>
    public int TimersCreated
    {
        get
        {
            lock (_gate)
            {
                return _created.Count;
            }
        }
    }

    /// <summary>Completes once a timer due after exactly <paramref name="dueTime"/> has been created (already, or later).</summary>
    public Task WaitForTimerAsync(TimeSpan dueTime, CancellationToken cancellationToken = default) =>
        WaitForTimerAsync(due => due == dueTime, cancellationToken);

    /// <summary>Completes once a timer whose due time satisfies <paramref name="match"/> has been created (already, or later).</summary>
    public Task WaitForTimerAsync(Func<TimeSpan, bool> match, CancellationToken cancellationToken = default) =>
        WaitForTimerAsync(0, match, cancellationToken);

    /// <summary>
    /// Completes with the first timer, among those created from the <paramref name="from"/>th on (0-based,
    /// in creation order), whose due time satisfies <paramref name="match"/> — one already created or a later
    /// one. Pass the previous answer's <see cref="CreatedTimer.Index"/> + 1 to drive a call step by step
    /// without missing a timer created in between:
    /// <code>
    /// var next = 0;
    /// while (!call.IsCompleted)
    /// {
    ///     var waiting = time.WaitForTimerAsync(next, due => due &lt; attemptTimeout);
    ///     if (await Task.WhenAny(call, waiting) == call) break;
    ///     var timer = await waiting;
    ///     time.Advance(timer.DueTime);
    ///     next = timer.Index + 1;
    /// }
    /// </code>
    /// </summary>
    /// <param name="from">The creation index to start looking at.</param>
    /// <param name="match">Which due times count.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    public Task<CreatedTimer> WaitForTimerAsync(int from, Func<TimeSpan, bool> match, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        lock (_gate)
        {
            for (var i = from; i < _created.Count; i++)
            {
                if (match(_created[i]))
                {
                    return Task.FromResult(new CreatedTimer(i, _created[i]));
                }
            }

            var signal = new TaskCompletionSource<CreatedTimer>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((from, match, signal));
            return signal.Task.WaitAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        List<(TaskCompletionSource<CreatedTimer> Signal, CreatedTimer Timer)>? release = null;
        lock (_gate)
        {
            var created = new CreatedTimer(_created.Count, dueTime);
            _created.Add(dueTime);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].From <= created.Index && _waiters[i].Match(dueTime))
                {
                    (release ??= []).Add((_waiters[i].Signal, created));
                    _waiters.RemoveAt(i);
                }
            }
        }

        release?.ForEach(r => r.Signal.TrySetResult(r.Timer));
        return timer;
    }
}
