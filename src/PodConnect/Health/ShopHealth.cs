using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PodConnect.Domain;

namespace PodConnect.Health;

/// <summary>
/// The shop-health ledgers and the late budget that steers routing. Computes each shop's snapshot from the
/// <see cref="IHealthLedgerStore"/> (cached for <see cref="ShopHealthOptions.RefreshInterval"/>, recomputed
/// at once after the loop records an outcome), raises <see cref="StateChanged"/> when a metric nears, crosses
/// or leaves its limit, and decides the <see cref="RoutingStance"/> with hysteresis: slack first as soon as
/// LDR, OTDR or SFCR is Near or Over; back to normal only when all three are under
/// <see cref="ShopHealthOptions.RecoverShare"/> of their limit with headroom to spare. (VTR depends on the
/// carrier, not on routing: it raises events but does not steer.)
/// Resolve it (or <see cref="IShopHealth"/>) from DI; handlers run on the loop's workers, so keep them short.
/// </summary>
public sealed class ShopHealth : IShopHealth
{
    private static readonly HealthMetric[] Metrics = Enum.GetValues<HealthMetric>();
    private readonly IHealthLedgerStore _store;
    private readonly ShopHealthOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly HealthTelemetry _telemetry;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _nextPruneTicks;

    internal ShopHealth(IHealthLedgerStore store, IOptions<ShopHealthOptions> options, TimeProvider time, ILogger<ShopHealth> logger, HealthTelemetry telemetry)
    {
        _store = store;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _telemetry = telemetry;
        telemetry.Observe(this);
    }

    /// <summary>Raised when a metric of a shop changes state (Healthy, Near, Over).</summary>
    public event EventHandler<HealthStateChanged>? StateChanged;

    /// <summary>Raised when routing of a shop's new orders switches between normal and slack first.</summary>
    public event EventHandler<RoutingStanceChanged>? StanceChanged;

    /// <summary>The options in force.</summary>
    internal ShopHealthOptions Options => _options;

    /// <summary>The latest snapshots computed, for gauges.</summary>
    internal IEnumerable<ShopHealthSnapshot> Latest => _entries.Values.Select(e => e.Snapshot).OfType<ShopHealthSnapshot>();

    /// <inheritdoc />
    public async ValueTask<ShopHealthSnapshot> GetSnapshotAsync(string shopId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(shopId);
        var entry = _entries.GetOrAdd(shopId, _ => new Entry());
        var now = _time.GetUtcNow();
        var version = Volatile.Read(ref entry.Version);
        // Recompute when stale, or when something was recorded — but at most once per MinimumRecompute, so a
        // spike (a record per routed order) costs one pass over the records per interval, not one per order.
        if (entry.Snapshot is { } cached && now >= cached.TakenAt
            && now - cached.TakenAt < (entry.ComputedVersion == version ? _options.RefreshInterval : _options.MinimumRecompute))
        {
            return cached;
        }

        var records = await _store.ReadShopAsync(shopId, now - _options.Lookback, cancellationToken).ConfigureAwait(false);
        return Update(shopId, entry, records, now, version);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<ShopHealthSnapshot>> GetSnapshotsAsync(CancellationToken cancellationToken = default)
    {
        var shops = await _store.GetShopIdsAsync(cancellationToken).ConfigureAwait(false);
        var snapshots = new List<ShopHealthSnapshot>(shops.Count);
        foreach (var shop in shops)
        {
            snapshots.Add(await GetSnapshotAsync(shop, cancellationToken).ConfigureAwait(false));
        }

        return snapshots;
    }

    /// <summary>Records an outcome and marks the shop's snapshot stale, so the next read recomputes it.</summary>
    internal async ValueTask RecordAsync(OrderHealthRecord record, CancellationToken cancellationToken)
    {
        await _store.RecordAsync(record, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _entries.GetOrAdd(record.ShopId, _ => new Entry()).Version);
    }

    /// <summary>
    /// Forgets the records of orders created before the ledgers' reach (the longest window plus
    /// <see cref="ShopHealthOptions.RebuildAllowance"/>: nothing reads them any more), at most once per
    /// <see cref="ShopHealthOptions.PruneInterval"/>; called by the loop every pass. A store that is away is tried
    /// again next interval (pruning is housekeeping: it never fails a pass). Returns how many records went.
    /// </summary>
    internal async ValueTask<int> PruneIfDueAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var due = Interlocked.Read(ref _nextPruneTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextPruneTicks, (now + _options.PruneInterval).UtcTicks, due) != due)
        {
            return 0;
        }

        var before = now - _options.Lookback;
        try
        {
            var pruned = await _store.PruneAsync(before, cancellationToken).ConfigureAwait(false);
            HealthLog.Pruned(_logger, pruned, before);
            return pruned;
        }
        catch (Errors.PodConnectException e)
        {
            HealthLog.PruneFailed(_logger, e.GetType().Name);
            return 0;
        }
    }

    /// <summary>The stance for a shop's next routing decision (a cached snapshot, refreshed when stale).</summary>
    internal async ValueTask<RoutingStance> StanceForAsync(string shopId, CancellationToken cancellationToken) =>
        _options.SteerRouting ? (await GetSnapshotAsync(shopId, cancellationToken).ConfigureAwait(false)).Stance : RoutingStance.Normal;

    private ShopHealthSnapshot Update(string shopId, Entry entry, IReadOnlyList<OrderHealthRecord> records, DateTimeOffset now, int version)
    {
        var market = MarketOf(records);
        var span = records is OrderHealthRecord[] array ? array : [.. records];
        var metrics = new MetricHealth[Metrics.Length];
        foreach (var metric in Metrics)
        {
            metrics[(int)metric] = ShopHealthCalculator.Compute(metric, span, market, now, _options.RulesInForce(), _options.Warning);
        }

        ShopHealthSnapshot snapshot;
        var changed = new List<HealthStateChanged>();
        bool stanceChanged;
        lock (entry)
        {
            var previous = entry.Snapshot;
            if (previous is not null && previous.TakenAt > now)
            {
                return previous; // a newer computation won the race
            }

            foreach (var m in metrics)
            {
                var before = previous?[m.Metric].State ?? HealthState.Healthy;
                if (before != m.State)
                {
                    changed.Add(new HealthStateChanged(shopId, m, before));
                }
            }

            var stance = StanceAfter(previous?.Stance ?? RoutingStance.Normal, metrics);
            stanceChanged = stance != (previous?.Stance ?? RoutingStance.Normal);
            snapshot = new ShopHealthSnapshot(shopId, market, now, metrics, stance);
            entry.Snapshot = snapshot;
            entry.ComputedVersion = version;
        }

        foreach (var change in changed)
        {
            var m = change.Metric;
            _telemetry.StateChanged(m.Metric, m.State);
            HealthLog.StateChanged(_logger, shopId, m.Metric, m.State, change.Previous, m.Now.Value, m.Forecast.Value, m.Rule.Limit, m.Headroom);
            StateChanged?.Invoke(this, change);
        }

        if (stanceChanged)
        {
            _telemetry.StanceChanged(snapshot.Stance);
            HealthLog.StanceChanged(_logger, shopId, snapshot.Stance);
            StanceChanged?.Invoke(this, new RoutingStanceChanged(shopId, snapshot.Stance, snapshot));
        }

        return snapshot;
    }

    /// <summary>The documented policy step, with hysteresis: tighten at Near, relax only well below it.</summary>
    private RoutingStance StanceAfter(RoutingStance previous, MetricHealth[] metrics)
    {
        if (!_options.SteerRouting)
        {
            return RoutingStance.Normal;
        }

        var recovery = _options.Recovery;
        var near = false;
        var recovered = true;
        foreach (var m in metrics)
        {
            if (m.Metric == HealthMetric.ValidTracking)
            {
                continue; // the carrier's scan, not the facility's speed: routing cannot move it
            }

            near |= m.State != HealthState.Healthy;
            recovered &= recovery.StateOf(m.Forecast) == HealthState.Healthy;
        }

        return near || (previous == RoutingStance.SlackFirst && !recovered) ? RoutingStance.SlackFirst : RoutingStance.Normal;
    }

    private CountryCode MarketOf(IReadOnlyList<OrderHealthRecord> records)
    {
        foreach (var r in records)
        {
            if (r.Market is { } market)
            {
                return market;
            }
        }

        return _options.DefaultMarketCode;
    }

    private sealed class Entry
    {
#pragma warning disable SA1401 // Fields are read and written with Interlocked/Volatile.
        public int Version;
#pragma warning restore SA1401

        public int ComputedVersion { get; set; } = -1;

        public ShopHealthSnapshot? Snapshot { get; set; }
    }
}
