namespace PodConnect.Stores;

/// <summary>
/// Remembers which webhook deliveries were already accepted, so a redelivery (TikTok retries until it
/// gets a 200; providers resend) is answered without enqueuing the work twice. Safe for concurrent use.
/// </summary>
public interface IWebhookDeduplication
{
    /// <summary>
    /// Marks <paramref name="key"/> from <paramref name="source"/> as seen for <paramref name="retention"/>;
    /// returns <see langword="true"/> the first time, <see langword="false"/> while it is remembered.
    /// </summary>
    /// <param name="source">Who sent it, e.g. <c>tiktokshop</c> or <c>gelato</c> (keys of different sources never collide).</param>
    /// <param name="key">The delivery's de-duplication key (the sender's event id).</param>
    /// <param name="retention">How long to remember it (longer than the sender's retry schedule).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<bool> TryMarkSeenAsync(string source, string key, TimeSpan retention, CancellationToken cancellationToken = default);
}
