using System.Collections.Concurrent;

namespace PodConnect.TikTokShop.Webhooks;

/// <summary>
/// Remembers which webhook notifications (<c>tts_notification_id</c>) were already handled, so an
/// at-least-once redelivery is processed once. Implement it over a shared store for many instances.
/// </summary>
public interface ITikTokShopNotificationStore
{
    /// <summary>Records the id; <c>false</c> when it was already recorded (a duplicate).</summary>
    ValueTask<bool> TryRecordAsync(string notificationId, CancellationToken cancellationToken = default);

    /// <summary>Forgets the id (call when handling failed, so the redelivery is processed).</summary>
    ValueTask ForgetAsync(string notificationId, CancellationToken cancellationToken = default);
}

/// <summary>
/// The in-memory store: keeps ids for <see cref="Retention"/> (TikTok stops redelivering after about
/// 15 hours; the default keeps 48 h).
/// </summary>
public sealed class InMemoryTikTokShopNotificationStore(TimeProvider timeProvider) : ITikTokShopNotificationStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private long _recordsSinceSweep;

    /// <summary>How long an id is remembered.</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromHours(48);

    /// <inheritdoc />
    public ValueTask<bool> TryRecordAsync(string notificationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(notificationId);
        var now = timeProvider.GetUtcNow();
        if (Interlocked.Increment(ref _recordsSinceSweep) % 1024 == 0)
        {
            foreach (var (id, at) in _seen)
            {
                if (now - at > Retention)
                {
                    _seen.TryRemove(id, out _);
                }
            }
        }

        if (_seen.TryAdd(notificationId, now))
        {
            return ValueTask.FromResult(true);
        }

        // Seen before: a duplicate, unless it aged out (then take it as new).
        var added = false;
        _seen.AddOrUpdate(notificationId, now, (_, at) =>
        {
            added = now - at > Retention;
            return added ? now : at;
        });
        return ValueTask.FromResult(added);
    }

    /// <inheritdoc />
    public ValueTask ForgetAsync(string notificationId, CancellationToken cancellationToken = default)
    {
        _seen.TryRemove(notificationId, out _);
        return ValueTask.CompletedTask;
    }
}
