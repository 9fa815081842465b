namespace PodConnect.Testing.Providers;

/// <summary>
/// How long after its creation a fake provider moves each new (non-draft) order on by itself: into
/// production, then shipped with tracking, then (optionally) delivered. Timers run on the fake's
/// <see cref="TimeProvider"/>, so a test with a <c>FakeTimeProvider</c> advances them deterministically.
/// </summary>
/// <param name="ToInProduction">Creation → in production.</param>
/// <param name="ToShipped">Creation → shipped.</param>
/// <param name="ToDelivered">Creation → delivered, or never when <see langword="null"/>.</param>
public sealed record FakeLifecycleSchedule(TimeSpan ToInProduction, TimeSpan ToShipped, TimeSpan? ToDelivered = null);

/// <summary>Timers of a fake's lifecycle schedule; disposed with the fake.</summary>
internal sealed class FakeLifecycleTimers : IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<ITimer> _timers = [];

    public void Schedule(TimeProvider time, FakeLifecycleSchedule? schedule, Func<Task> toProduction, Func<Task> toShipped, Func<Task> toDelivered)
    {
        if (schedule is null)
        {
            return;
        }

        Add(time, schedule.ToInProduction, toProduction);
        Add(time, schedule.ToShipped, toShipped);
        if (schedule.ToDelivered is { } delivered)
        {
            Add(time, delivered, toDelivered);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var timer in _timers)
            {
                timer.Dispose();
            }

            _timers.Clear();
        }
    }

    private void Add(TimeProvider time, TimeSpan due, Func<Task> step)
    {
        // A step that fails (e.g. the webhook receiver is gone) must not crash the timer thread.
        var timer = time.CreateTimer(_ => _ = step().ContinueWith(t => _ = t.Exception, TaskScheduler.Default), null, due, Timeout.InfiniteTimeSpan);
        lock (_gate)
        {
            _timers.Add(timer);
        }
    }
}
