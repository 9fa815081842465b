using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PodConnect.Catalog;
using PodConnect.Errors;
using PodConnect.Health;
using PodConnect.Marketplaces;
using PodConnect.Providers;
using PodConnect.Stores;
using PodConnect.Telemetry;

namespace PodConnect.Fulfillment;

/// <summary>
/// The fulfilment loop's engine: level-triggered, not a workflow engine. Each pass polls the marketplace
/// when due (an overlapping window), applies webhook hints, reads the orders that need reading in batches,
/// and for every due order — one step at a time per order (a lease), many orders in parallel — reads what
/// the marketplace and the provider say and does the step that is missing: hold, route, place, mark
/// shipped, record the dispatch, or cancel. Everything it remembers is a cache; a new instance with empty
/// memory converges to the same end state from the two remote systems.
/// <para>The hosted service runs passes by itself; tests and tools may call <see cref="RunPassAsync"/> directly.</para>
/// </summary>
public sealed partial class FulfillmentReconciler : IDisposable
{
    private const int ReadBatchSize = 50;
    private readonly IMarketplace _marketplace;
    private readonly Dictionary<string, IPodProvider> _providers;
    private readonly IProductCatalog _catalog;
    private readonly FulfillmentRouter _router;
    private readonly CarrierMapper _carriers;
    private readonly IPlacedOrderIndex _index;
    private readonly IDispatchLedgerStore _ledger;
    private readonly ShopHealth _health;
    private readonly IOrderLeases _leases;
    private readonly FulfillmentMonitor _monitor;
    private readonly FulfillmentOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly FulfillmentTelemetry _telemetry;
    private readonly string _instanceId;
    private readonly ConcurrentDictionary<string, TrackedOrder> _orders = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<PendingHint> _hints = new();
    private readonly ConcurrentQueue<PendingLink> _pendingLinks = new();
    private readonly SemaphoreSlim _passGate = new(1, 1);
    private readonly string[] _registered;
    private DateTimeOffset? _lastPollStart;
    private DateTimeOffset _nextPollAt = DateTimeOffset.MinValue;
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal FulfillmentReconciler(
        IMarketplace marketplace,
        IEnumerable<IPodProvider> providers,
        IProductCatalog catalog,
        FulfillmentRouter router,
        IPlacedOrderIndex index,
        IDispatchLedgerStore ledger,
        ShopHealth health,
        IOrderLeases leases,
        FulfillmentMonitor monitor,
        IOptions<FulfillmentOptions> options,
        TimeProvider time,
        ILogger<FulfillmentReconciler> logger,
        FulfillmentTelemetry telemetry)
    {
        _marketplace = marketplace;
        _providers = new Dictionary<string, IPodProvider>(StringComparer.Ordinal);
        foreach (var provider in providers)
        {
            _providers.TryAdd(provider.Name, provider);
        }

        _registered = [.. _providers.Keys];
        _catalog = catalog;
        _router = router;
        _index = index;
        _ledger = ledger;
        _health = health;
        _leases = leases;
        _monitor = monitor;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _telemetry = telemetry;
        _carriers = new CarrierMapper(marketplace, _options, time);
        _instanceId = _options.InstanceId ?? $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";
        _monitor.Attach(() => _hints.TryPeek(out var oldest) ? oldest.At : null);
    }

    /// <summary>The orders this instance is tracking and has not finished.</summary>
    public int OpenOrders => _orders.Values.Count(o => !o.Finished);

    /// <summary>When the next pass has work: the next poll or the earliest due order, whichever comes first.</summary>
    internal DateTimeOffset NextDueAt
    {
        get
        {
            var next = _nextPollAt;
            if (Stock is { } stock && stock.NextPollAt < next)
            {
                next = stock.NextPollAt;
            }

            foreach (var order in _orders.Values)
            {
                if (!order.Finished && order.DueAt < next)
                {
                    next = order.DueAt;
                }
            }

            return next;
        }
    }

    /// <summary>Completes when a hint arrives (a webhook), so the hosted loop wakes before its timer.</summary>
    internal Task WakeTask => Volatile.Read(ref _wake).Task;

    internal bool HasHints => !_hints.IsEmpty;

    /// <summary>The inventory guard run at the end of every pass, when inventory is guarded.</summary>
    internal Inventory.InventoryGuard? Inventory { get; set; }

    /// <summary>The providers' stock APIs, read at the start of a pass when due.</summary>
    internal Inventory.StockPoller? Stock { get; set; }

    /// <summary>Wakes the hosted loop for a pass now (an input of the inventory guard changed).</summary>
    internal void Wake() =>
        Interlocked.Exchange(ref _wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Asks for an order to be looked at in the next pass (from a webhook; never calls a remote API).</summary>
    /// <param name="orderId">The marketplace order id.</param>
    /// <param name="shopId">The shop, when the hint names it.</param>
    /// <param name="fromProvider">The hint came from the provider (read the provider order) rather than the marketplace.</param>
    internal void Hint(string orderId, string? shopId, bool fromProvider)
    {
        _hints.Enqueue(new PendingHint(orderId, shopId, fromProvider, _time.GetUtcNow()));
        Wake();
    }

    /// <summary>Runs one pass: poll if due, apply hints, read, and take the missing step for every due order. Passes never overlap.</summary>
    public async Task RunPassAsync(CancellationToken cancellationToken = default)
    {
        await _passGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = _time.GetUtcNow();
            if (now >= _nextPollAt)
            {
                await PollAsync(now, cancellationToken).ConfigureAwait(false);
            }

            if (Stock is { } stock)
            {
                await stock.PollIfDueAsync(cancellationToken).ConfigureAwait(false); // before routing and the guard, so this pass uses it
            }

            await _health.PruneIfDueAsync(cancellationToken).ConfigureAwait(false);
            await ApplyHintsAsync(now, cancellationToken).ConfigureAwait(false);
            var due = _orders.Values.Where(o => !o.Finished && o.DueAt <= now).ToList();
            await RefreshAsync(due, now, cancellationToken).ConfigureAwait(false);
            var ready = due.Where(o => o.Snapshot is not null && !o.Stale).ToList();
            await Parallel.ForEachAsync(
                ready,
                new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelism, CancellationToken = cancellationToken },
                async (order, ct) => await ReconcileAsync(order, ct).ConfigureAwait(false)).ConfigureAwait(false);
            await FlushLinksAsync(cancellationToken).ConfigureAwait(false);
            if (Inventory is { } inventory)
            {
                await GuardInventoryAsync(inventory, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            // Read under the gate: no worker touches an order between passes.
            var nextDueAt = NextDueAt;
            _passGate.Release();
            _monitor.PassCompleted(_time.GetUtcNow(), nextDueAt);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _passGate.Dispose();

    private async Task PollAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A fresh instance also reads back over the health windows, so the shop-health ledgers are rebuilt
        // from the marketplace's own timestamps; only orders changed within InitialLookback are worked on.
        var trackFrom = now - _options.InitialLookback;
        var rebuildFrom = now - _health.Options.Lookback;
        var since = _lastPollStart is { } last ? last - _options.PollOverlap : rebuildFrom < trackFrom ? rebuildFrom : trackFrom;
        try
        {
            await foreach (var order in _marketplace.GetOrdersChangedSinceAsync(since, cancellationToken).ConfigureAwait(false))
            {
                if (!_orders.TryGetValue(order.Id, out var known) && order.UpdatedAt < trackFrom)
                {
                    await _health.RecordAsync(HealthRecords.Of(order), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var tracked = known ?? _orders.GetOrAdd(order.Id, _ => new TrackedOrder(order.Reference) { DueAt = now });
                var unchanged = tracked.Snapshot is { } seen && seen.Status == order.Status && seen.UpdatedAt == order.UpdatedAt
                    && seen.CancellationRequested == order.CancellationRequested && seen.OnHold == order.OnHold;
                if (!unchanged)
                {
                    await _health.RecordAsync(HealthRecords.Of(order), cancellationToken).ConfigureAwait(false);
                }

                tracked.Snapshot = order;
                tracked.Stale = false;
                if (!unchanged)
                {
                    tracked.Finished = false;
                    tracked.DueAt = now;
                }
            }

            _lastPollStart = now;
            _nextPollAt = now + _options.PollInterval;
        }
        catch (Exception e) when (e is PodConnectException or HttpRequestException)
        {
            var delay = Min(_options.RetryDelay, _options.PollInterval);
            FulfillmentLog.PollFailed(_logger, e.GetType().Name, (e as PodConnectException)?.ErrorCode, delay);
            _telemetry.Error("poll", e.GetType().Name);
            _nextPollAt = now + delay;
        }
    }

    private async Task ApplyHintsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        while (_hints.TryDequeue(out var hint))
        {
            if (!_orders.TryGetValue(hint.OrderId, out var tracked))
            {
                var shop = hint.ShopId ?? await FindShopAsync(hint.OrderId, cancellationToken).ConfigureAwait(false);
                if (shop is null)
                {
                    continue; // A provider hint about an order this instance has never seen: the next poll finds it.
                }

                tracked = _orders.GetOrAdd(hint.OrderId, _ => new TrackedOrder(new MarketplaceOrderRef(shop, hint.OrderId)));
            }

            tracked.Finished = false;
            tracked.DueAt = now;
            if (hint.FromProvider)
            {
                tracked.ProviderHinted = true;
            }
            else
            {
                tracked.Stale = true;
            }
        }
    }

    private async Task<string?> FindShopAsync(string orderId, CancellationToken cancellationToken)
    {
        try
        {
            return (await _index.FindAsync(orderId, cancellationToken).ConfigureAwait(false))?.ShopId;
        }
        catch (StoreUnavailableException e)
        {
            _telemetry.Error("hint", e.GetType().Name);
            return null; // The hint is only a shortcut: the next poll finds the order.
        }
    }

    private async Task RefreshAsync(List<TrackedOrder> due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var shop in due.Where(o => o.Stale || o.Snapshot is null).GroupBy(o => o.Reference.ShopId, StringComparer.Ordinal))
        {
            foreach (var batch in shop.Chunk(ReadBatchSize))
            {
                try
                {
                    var read = await _marketplace.GetOrdersAsync([.. batch.Select(o => o.Reference)], cancellationToken).ConfigureAwait(false);
                    var byId = read.ToDictionary(o => o.Id, StringComparer.Ordinal);
                    foreach (var tracked in batch)
                    {
                        if (byId.TryGetValue(tracked.Reference.OrderId, out var order))
                        {
                            await _health.RecordAsync(HealthRecords.Of(order), cancellationToken).ConfigureAwait(false);
                            tracked.Snapshot = order;
                            tracked.Stale = false;
                        }
                        else if (tracked.Snapshot is null)
                        {
                            tracked.Finished = true; // Not an order of this shop (a stray hint).
                        }
                    }
                }
                catch (Exception e) when (e is PodConnectException or HttpRequestException)
                {
                    _telemetry.Error("read", e.GetType().Name);
                    foreach (var tracked in batch)
                    {
                        Backoff(tracked, now, "read", e);
                    }
                }
            }
        }
    }

    private async Task ReconcileAsync(TrackedOrder tracked, CancellationToken cancellationToken)
    {
        OrderLease? lease;
        try
        {
            lease = await _leases.TryAcquireAsync(tracked.Reference.OrderId, _instanceId, _options.LeaseDuration, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreUnavailableException e) when (!cancellationToken.IsCancellationRequested)
        {
            // No lease, no step: the order waits (with backoff) until the shared store answers again.
            _telemetry.Error("lease", e.GetType().Name);
            Backoff(tracked, _time.GetUtcNow(), "lease", e);
            return;
        }

        if (lease is null)
        {
            tracked.DueAt = _time.GetUtcNow() + _options.RetryDelay; // Another worker holds it; look again shortly.
            return;
        }

        var step = new StepContext(tracked, lease);
        try
        {
            await StepAsync(step, cancellationToken).ConfigureAwait(false);
            await CancelOnMarketplaceIfChosenAsync(step, cancellationToken).ConfigureAwait(false);
            tracked.Failures = 0;
        }
        // Any failure of one order (a remote error, a bug in a provider package) is that order's alone:
        // it is retried later with backoff and never stops the pass for the others.
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            _telemetry.Error(step.Name, e.GetType().Name);
            Backoff(tracked, _time.GetUtcNow(), step.Name, e);
        }
        finally
        {
            tracked.ProviderSnapshot = null;
            await ReleaseLeaseAsync(lease).ConfigureAwait(false);
        }
    }

    private async Task ReleaseLeaseAsync(OrderLease lease)
    {
        try
        {
            await _leases.ReleaseAsync(lease, CancellationToken.None).ConfigureAwait(false);
        }
        catch (StoreUnavailableException e)
        {
            // The lease lapses by itself at its expiry; an unreachable store only delays the next step.
            _telemetry.Error("lease", e.GetType().Name);
        }
    }

    private void Backoff(TrackedOrder tracked, DateTimeOffset now, string step, Exception e)
    {
        tracked.Failures++;
        var delay = TimeSpan.FromTicks(Math.Min(_options.MaxRetryDelay.Ticks, _options.RetryDelay.Ticks << Math.Min(tracked.Failures - 1, 20)));
        if (e is RateLimitedException { RetryAfter: { } retryAfter } && retryAfter > delay)
        {
            delay = Min(retryAfter, _options.MaxRetryDelay);
        }

        tracked.DueAt = now + delay;
        // After any failure read the marketplace order again: an unknown outcome may have changed it. (A
        // provider call whose outcome is unknown needs nothing extra: placing again is idempotent by key.)
        tracked.Stale = true;

        FulfillmentLog.StepFailed(_logger, tracked.Reference.OrderId, step, e.GetType().Name, (e as PodConnectException)?.ErrorCode, delay);
    }

    /// <summary>
    /// Records this pass's placements on the marketplace orders, batched (TikTok takes 100 per call), so a
    /// restart with empty stores learns from the marketplace alone where each order went. A failed batch
    /// is kept for the next pass; losing it costs only provider look-ups after a restart.
    /// </summary>
    private async Task FlushLinksAsync(CancellationToken cancellationToken)
    {
        if (_marketplace is not IMarketplaceOrderLinks links || _pendingLinks.IsEmpty)
        {
            return;
        }

        var pending = new List<PendingLink>();
        while (_pendingLinks.TryDequeue(out var link))
        {
            pending.Add(link);
        }

        foreach (var shop in pending.GroupBy(l => l.Order.Reference.ShopId, StringComparer.Ordinal))
        {
            foreach (var batch in shop.Chunk(Math.Max(1, links.MaxLinksPerCall)))
            {
                try
                {
                    await links.LinkProviderOrdersAsync(shop.Key, [.. batch.Select(l => new ProviderOrderLink(l.Order, l.Link))], cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is PodConnectException or HttpRequestException)
                {
                    _telemetry.Error("link", e.GetType().Name);
                    FulfillmentLog.LinkFailed(_logger, batch.Length, e.GetType().Name);
                    foreach (var link in batch)
                    {
                        _pendingLinks.Enqueue(link);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Runs the inventory guard with the orders that will take capacity but have not booked it yet (held in
    /// the buyer-cancel window, or waiting for a step), so a spike lowers the stock before it is routed.
    /// </summary>
    private async Task GuardInventoryAsync(Inventory.InventoryGuard inventory, CancellationToken cancellationToken)
    {
        const int DeadlineSamples = 20;
        var pending = new List<Domain.Order>();
        var providers = new Dictionary<Domain.Order, IReadOnlyCollection<string>>();
        var recent = new List<Domain.Order>(DeadlineSamples);
        foreach (var snapshot in _orders.Values.Select(o => o.Snapshot).OfType<MarketplaceOrder>().OrderByDescending(o => o.CreatedAt).Take(DeadlineSamples))
        {
            if (OrderPlan.TryCreate(snapshot, _catalog, _registered, out _, out _) is { } sample)
            {
                recent.Add(sample.Order);
            }
        }

        foreach (var tracked in _orders.Values)
        {
            if (!tracked.Finished && tracked.Placement is null
                && tracked.Snapshot is { Status: MarketplaceOrderStatus.AwaitingShipment or MarketplaceOrderStatus.OnHold } snapshot
                && OrderPlan.TryCreate(snapshot, _catalog, _registered, out _, out _) is { } plan)
            {
                pending.Add(plan.Order);
                providers[plan.Order] = plan.Providers;
            }
        }

        pending.Sort((a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
        await inventory.RunAsync(pending, recent, o => providers[o], cancellationToken).ConfigureAwait(false);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private sealed record PendingLink(MarketplaceOrder Order, MarketplaceOrderLink Link);

    /// <summary>A webhook hint waiting for the next pass; <paramref name="At"/> dates the queue's oldest entry for the loop's status.</summary>
    private sealed record PendingHint(string OrderId, string? ShopId, bool FromProvider, DateTimeOffset At);

    private sealed class LeaseLostException() : Exception("The order lease lapsed before an irreversible step; another worker owns the order now.");

    private sealed class StepContext(TrackedOrder order, OrderLease lease)
    {
        public TrackedOrder Order { get; } = order;

        public OrderLease Lease { get; } = lease;

        public string Name { get; set; } = "reconcile";
    }
}
