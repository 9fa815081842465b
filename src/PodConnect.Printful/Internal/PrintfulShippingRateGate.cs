using System.Threading.RateLimiting;

namespace PodConnect.Printful.Internal;

/// <summary>
/// Printful's stricter rule for shipping rates: when a request's total item quantity exceeds 100, the
/// limit drops to 5 requests per 60 s (with a 60 s lockout when exceeded). Such requests wait here for
/// a slot; smaller ones pass straight through.
/// </summary>
internal sealed class PrintfulShippingRateGate : IDisposable
{
    /// <summary>Above this total quantity the strict limit applies.</summary>
    public const int BulkQuantity = 100;

    private readonly SlidingWindowRateLimiter _bulk = new(new SlidingWindowRateLimiterOptions
    {
        PermitLimit = 5,
        Window = TimeSpan.FromSeconds(60),
        SegmentsPerWindow = 6,
        QueueLimit = 100,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });

    /// <summary>Waits for a slot when <paramref name="totalQuantity"/> is over <see cref="BulkQuantity"/>.</summary>
    /// <returns>The lease to dispose after the call (a no-op lease for small requests).</returns>
    public async ValueTask<IDisposable> EnterAsync(int totalQuantity, CancellationToken cancellationToken = default)
    {
        if (totalQuantity <= BulkQuantity)
        {
            return NoLease.Instance;
        }

        var lease = await _bulk.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new Errors.RateLimitedException(
                "Too many bulk shipping-rate requests are waiting (Printful allows 5 per minute above 100 items).",
                TimeSpan.FromSeconds(60), new Errors.RemoteErrorDetails(PrintfulClient.ServiceName));
        }

        return lease;
    }

    /// <inheritdoc />
    public void Dispose() => _bulk.Dispose();

    private sealed class NoLease : IDisposable
    {
        public static readonly NoLease Instance = new();

        public void Dispose()
        {
        }
    }
}
