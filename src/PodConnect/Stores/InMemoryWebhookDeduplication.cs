using System.Collections.Concurrent;

namespace PodConnect.Stores;

/// <summary>The default <see cref="IWebhookDeduplication"/>: one process's memory; expired keys are pruned as new ones arrive.</summary>
public sealed class InMemoryWebhookDeduplication : IWebhookDeduplication
{
    private readonly ConcurrentDictionary<(string Source, string Key), DateTimeOffset> _seenUntil = new();
    private readonly TimeProvider _time;
    private long _nextPruneTicks;

    /// <summary>Creates an empty store; expiry is judged by <paramref name="timeProvider"/>.</summary>
    public InMemoryWebhookDeduplication(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _time = timeProvider;
    }

    /// <inheritdoc />
    public ValueTask<bool> TryMarkSeenAsync(string source, string key, TimeSpan retention, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retention, TimeSpan.Zero);
        var now = _time.GetUtcNow();
        PruneIfDue(now);
        var until = now + retention;
        while (true)
        {
            if (_seenUntil.TryAdd((source, key), until))
            {
                return ValueTask.FromResult(true);
            }

            if (_seenUntil.TryGetValue((source, key), out var existing))
            {
                if (existing > now)
                {
                    return ValueTask.FromResult(false);
                }

                if (_seenUntil.TryUpdate((source, key), until, existing))
                {
                    return ValueTask.FromResult(true);
                }
            }
        }
    }

    private void PruneIfDue(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextPruneTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextPruneTicks, now.UtcTicks + TimeSpan.TicksPerMinute, due) != due)
        {
            return;
        }

        foreach (var (key, until) in _seenUntil)
        {
            if (until <= now)
            {
                _seenUntil.TryRemove(new KeyValuePair<(string, string), DateTimeOffset>(key, until));
            }
        }
    }
}
