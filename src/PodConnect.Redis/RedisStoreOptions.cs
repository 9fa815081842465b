namespace PodConnect.Redis;

/// <summary>How the Redis stores name and keep their keys. Every instance of one shop must use the same values.</summary>
public sealed class RedisStoreOptions
{
    /// <summary>
    /// Put before every key, followed by a colon (default <c>podconnect</c>). Give each shop or environment
    /// its own prefix when they share one Redis.
    /// </summary>
    public string KeyPrefix { get; set; } = "podconnect";

    /// <summary>
    /// How long placed-order records, dispatch records and capacity counters are kept (default 90 days:
    /// longer than any open order lives and than the Late Dispatch Rate's 30-day window).
    /// </summary>
    public TimeSpan RecordRetention { get; set; } = TimeSpan.FromDays(90);

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(KeyPrefix))
        {
            throw new ArgumentException($"{nameof(RedisStoreOptions)}.{nameof(KeyPrefix)} must not be empty.", nameof(KeyPrefix));
        }

        if (RecordRetention < TimeSpan.FromDays(31))
        {
            throw new ArgumentException($"{nameof(RedisStoreOptions)}.{nameof(RecordRetention)} must be at least 31 days (the Late Dispatch Rate reads 30), was {RecordRetention}.", nameof(RecordRetention));
        }
    }
}
