using System.Collections.Concurrent;

namespace PodConnect.Fulfillment;

/// <summary>
/// Watches the fulfilment loop: events for orders shipped, surfaced and at risk of being late, the orders
/// surfaced so far, the count of completed passes (tests await a pass instead of sleeping), and the loop's
/// <see cref="Status"/> (running, last pass, queue age) for health checks.
/// Resolve it from DI; handlers run on the loop's workers, several at once, so make them thread-safe, keep them
/// short and never throw.
/// </summary>
public sealed class FulfillmentMonitor
{
    private readonly ConcurrentDictionary<string, SurfacedOrder> _surfaced = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _passes;
    private bool _running;
    private DateTimeOffset? _lastPassAt;
    private DateTimeOffset? _nextWorkDueAt;
    private Func<DateTimeOffset?>? _oldestHint;
    private TaskCompletionSource _nextPass = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Raised when an order is marked shipped on the marketplace.</summary>
    public event EventHandler<ShippedOrder>? OrderShipped;

    /// <summary>Raised when an order is handed to a person, with the reason.</summary>
    public event EventHandler<SurfacedOrder>? OrderSurfaced;

    /// <summary>Raised when an order is predicted to dispatch after, or within the margin of, its deadline — early enough to act.</summary>
    public event EventHandler<LateRisk>? LateRiskRaised;

    /// <summary>The passes completed so far.</summary>
    public long CompletedPasses => Interlocked.Read(ref _passes);

    /// <summary>The orders surfaced so far and still surfaced, by order id.</summary>
    public IReadOnlyDictionary<string, SurfacedOrder> Surfaced => _surfaced;

    /// <summary>Whether the loop runs, when it last completed a pass, and how long its oldest waiting work has waited.</summary>
    public FulfillmentLoopStatus Status
    {
        get
        {
            lock (_gate)
            {
                var oldest = _nextWorkDueAt;
                if (_oldestHint?.Invoke() is { } hint && (oldest is null || hint < oldest))
                {
                    oldest = hint;
                }

                return new FulfillmentLoopStatus(_running, _passes, _lastPassAt, oldest);
            }
        }
    }

    /// <summary>Completes when more than <paramref name="passes"/> passes have completed.</summary>
    public Task WaitForPassAsync(long passes, CancellationToken cancellationToken = default)
    {
        Task next;
        lock (_gate)
        {
            if (_passes > passes)
            {
                return Task.CompletedTask;
            }

            next = _nextPass.Task;
        }

        return WaitAsync(next, passes, cancellationToken);
    }

    private async Task WaitAsync(Task next, long passes, CancellationToken cancellationToken)
    {
        while (true)
        {
            await next.WaitAsync(cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                if (_passes > passes)
                {
                    return;
                }

                next = _nextPass.Task;
            }
        }
    }

    /// <summary>Lets the status see the webhook hints waiting for the next pass (the reconciler's queue).</summary>
    internal void Attach(Func<DateTimeOffset?> oldestPendingHint)
    {
        lock (_gate)
        {
            _oldestHint = oldestPendingHint;
        }
    }

    /// <summary>The hosted loop started at <paramref name="now"/>: its first poll is due at once.</summary>
    internal void LoopStarted(DateTimeOffset now)
    {
        lock (_gate)
        {
            _running = true;
            _nextWorkDueAt ??= now;
        }
    }

    internal void LoopStopped()
    {
        lock (_gate)
        {
            _running = false;
        }
    }

    /// <summary>A pass ended at <paramref name="now"/>; the earliest remaining work is due at <paramref name="nextWorkDueAt"/>.</summary>
    internal void PassCompleted(DateTimeOffset now, DateTimeOffset nextWorkDueAt)
    {
        TaskCompletionSource done;
        lock (_gate)
        {
            _lastPassAt = now;
            _nextWorkDueAt = nextWorkDueAt;
            _passes++;
            done = _nextPass;
            _nextPass = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.SetResult();
    }

    internal void Shipped(ShippedOrder shipped)
    {
        _surfaced.TryRemove(shipped.Order.OrderId, out _);
        OrderShipped?.Invoke(this, shipped);
    }

    internal void Surface(SurfacedOrder surfaced)
    {
        _surfaced[surfaced.Order.OrderId] = surfaced;
        OrderSurfaced?.Invoke(this, surfaced);
    }

    internal void Unsurface(string orderId) => _surfaced.TryRemove(orderId, out _);

    internal void RaiseLateRisk(LateRisk risk) => LateRiskRaised?.Invoke(this, risk);
}
