namespace PodConnect.AspNetCore.Webhooks;

/// <summary>Options of the webhook endpoints mapped by <c>app.MapPodConnectWebhooks(…)</c>.</summary>
public sealed class PodConnectWebhookOptions
{
    /// <summary>The default body size limit: 1 MiB, far above any documented delivery.</summary>
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>The largest body accepted, in bytes; a larger delivery is answered 413 without reaching the ingress.</summary>
    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <summary>
    /// How long the endpoint waits for the ingress before answering 503 (the sender retries later). The ingress
    /// only verifies, de-duplicates and queues, so it answers in milliseconds; this bound keeps the answer within
    /// TikTok's 3 seconds even when a store behind the ingress (de-duplication on Redis) stalls. Default 2 s.
    /// </summary>
    public TimeSpan IngressTimeout { get; set; } = TimeSpan.FromSeconds(2);

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxBodyBytes, nameof(MaxBodyBytes));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(IngressTimeout, TimeSpan.Zero, nameof(IngressTimeout));
    }
}
