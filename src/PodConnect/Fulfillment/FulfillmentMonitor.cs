using System.Collections.Concurrent;

namespace PodConnect.Fulfillment;

/// <summary>
/// Watches the fulfilment loop: events for orders shipped, surfaced and at risk of being late, the orders
/// surfaced so far, and the count of completed passes (tests await a pass instead of sleeping).
/// Resolve it from DI; handlers run on the loop's workers, so keep them short and never throw.
/// </summary>
public sealed class FulfillmentMonitor
{
    private readonly ConcurrentDictionary<string, SurfacedOrder> _surfaced = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _passes;
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

    internal void PassCompleted()
    {
        TaskCompletionSource done;
        lock (_gate)
        {
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
