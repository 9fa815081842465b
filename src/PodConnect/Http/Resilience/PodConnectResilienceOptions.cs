namespace PodConnect.Http.Resilience;

/// <summary>
/// Settings of a PodConnect resilience pipeline (one per remote API, see
/// <see cref="PodConnectResilienceExtensions.AddPodConnectResilience"/>). The defaults suit a
/// seller-facing API with a QPS quota; every value can be changed.
/// </summary>
public sealed class PodConnectResilienceOptions
{
    /// <summary>Copies every setting to <paramref name="target"/> (a package's own options onto its named pipeline options).</summary>
    public void CopyTo(PodConnectResilienceOptions target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.PermitsPerSecond = PermitsPerSecond;
        target.Burst = Burst;
        target.QueueLimit = QueueLimit;
        target.MaxRetryAttempts = MaxRetryAttempts;
        target.BaseDelay = BaseDelay;
        target.MaxDelay = MaxDelay;
        target.MaxRetryAfter = MaxRetryAfter;
        target.AttemptTimeout = AttemptTimeout;
        target.TotalTimeout = TotalTimeout;
    }

    /// <summary>Requests per second allowed in each rate-limit partition (e.g. per shop). Default 10. 0 disables the limiter.</summary>
    public double PermitsPerSecond { get; set; } = 10;

    /// <summary>Requests allowed at once above the steady rate (the bucket size). Default 10.</summary>
    public int Burst { get; set; } = 10;

    /// <summary>How many requests may wait for a permit; beyond that a request fails at once. Default 1000.</summary>
    public int QueueLimit { get; set; } = 1000;

    /// <summary>Retries after the first attempt (for retryable requests only). Default 3. 0 disables retries.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first backoff delay; later ones grow exponentially, with jitter. Default 1 s.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The largest computed backoff delay. Default 30 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest <c>Retry-After</c> the pipeline will wait for. A longer one is not waited out: the
    /// throttled response goes back to the caller (as a rate-limited error carrying the delay).
    /// Default 30 s.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one attempt. Default 10 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Timeout of the whole call, retries and waits included. Default 60 s.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Checks that the values make sense; returns a message naming the first bad setting, or <c>null</c>.</summary>
    /// <param name="prefix">How the settings are named to the user, e.g. <c>TikTokShop:Resilience</c>.</param>
    public string? Validate(string prefix)
    {
        if (double.IsNaN(PermitsPerSecond) || PermitsPerSecond < 0)
        {
            return $"{prefix}:{nameof(PermitsPerSecond)} must be 0 (no limit) or positive.";
        }

        if (PermitsPerSecond > 0 && Burst < 1)
        {
            return $"{prefix}:{nameof(Burst)} must be at least 1.";
        }

        if (QueueLimit < 0)
        {
            return $"{prefix}:{nameof(QueueLimit)} must not be negative.";
        }

        if (MaxRetryAttempts is < 0 or > 100)
        {
            return $"{prefix}:{nameof(MaxRetryAttempts)} must be between 0 and 100.";
        }

        if (BaseDelay <= TimeSpan.Zero || MaxDelay < BaseDelay)
        {
            return $"{prefix}:{nameof(BaseDelay)} must be positive and not above {nameof(MaxDelay)}.";
        }

        if (MaxRetryAfter < TimeSpan.Zero)
        {
            return $"{prefix}:{nameof(MaxRetryAfter)} must not be negative.";
        }

        if (AttemptTimeout <= TimeSpan.Zero || TotalTimeout < AttemptTimeout)
        {
            return $"{prefix}:{nameof(AttemptTimeout)} must be positive and {nameof(TotalTimeout)} at least as long.";
        }

        return null;
    }
}
