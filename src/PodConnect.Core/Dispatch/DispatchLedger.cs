namespace PodConnect.Dispatch;

/// <summary>
/// Every dispatch, by order id, in memory and thread-safe. Recording an order again replaces its
/// earlier record (the latest event wins), so replays and corrections never double count.
/// Computes the Late Dispatch Rate over a trailing window, a forecast with orders in flight, and
/// the headroom left under the threshold.
/// </summary>
public sealed class DispatchLedger
{
    /// <summary>TikTok Shop's evaluation window: 30 days.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(30);

    /// <summary>TikTok Shop's LDR threshold: 4%.</summary>
    public const double DefaultThreshold = 0.04;

    private readonly Dictionary<string, DispatchRecord> _records = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Creates an empty ledger.</summary>
    /// <param name="window">The trailing window (default 30 days).</param>
    /// <param name="threshold">The LDR threshold (default 0.04).</param>
    /// <exception cref="ArgumentOutOfRangeException">The window is not positive or the threshold is outside [0, 1).</exception>
    public DispatchLedger(TimeSpan? window = null, double threshold = DefaultThreshold)
    {
        Window = window ?? DefaultWindow;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Window, TimeSpan.Zero, nameof(window));
        _ = LateDispatchRate.HeadroomFor(0, 0, threshold); // validates the threshold
        Threshold = threshold;
    }

    /// <summary>The trailing window.</summary>
    public TimeSpan Window { get; }

    /// <summary>The threshold.</summary>
    public double Threshold { get; }

    /// <summary>How many orders are recorded.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _records.Count;
            }
        }
    }

    /// <summary>Records a dispatch; a later record for the same order replaces the earlier one.</summary>
    public void Record(DispatchRecord record)
    {
        if (record.OrderId is null)
        {
            throw new ArgumentException("The record is uninitialized (default).", nameof(record));
        }

        lock (_gate)
        {
            _records[record.OrderId] = record;
        }
    }

    /// <summary>Records a dispatch.</summary>
    public void Record(string orderId, DateTimeOffset deadline, DateTimeOffset dispatchedAt) =>
        Record(new DispatchRecord(orderId, deadline, dispatchedAt));

    /// <summary>The record for an order, if any.</summary>
    public DispatchRecord? Find(string orderId)
    {
        lock (_gate)
        {
            return _records.TryGetValue(orderId, out var r) ? r : null;
        }
    }

    /// <summary>
    /// The LDR at <paramref name="at"/>: the dispatches whose dispatched-at falls in (at − window, at],
    /// late when dispatched after the deadline.
    /// </summary>
    public LateDispatchRate RateAt(DateTimeOffset at)
    {
        var from = at - Window;
        int late = 0, dispatched = 0;
        lock (_gate)
        {
            foreach (var r in _records.Values)
            {
                if (r.DispatchedAt > from && r.DispatchedAt <= at)
                {
                    dispatched++;
                    late += r.IsLate ? 1 : 0;
                }
            }
        }

        return new LateDispatchRate(late, dispatched, Threshold, from, at);
    }

    /// <summary>
    /// The LDR as it will stand once the orders in flight are dispatched as predicted: the rate at
    /// <paramref name="at"/> (default: the latest predicted dispatch) counting both the recorded
    /// dispatches and the in-flight orders predicted to dispatch inside the window. An in-flight order
    /// already in the ledger counts once, as recorded.
    /// </summary>
    public LateDispatchRate Forecast(IEnumerable<InFlightDispatch> inFlight, DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(inFlight);
        var pending = inFlight.ToList();
        var end = at ?? (pending.Count == 0 ? throw new ArgumentException("Give 'at' when there are no orders in flight.", nameof(at)) : pending.Max(p => p.PredictedDispatch));
        var recorded = RateAt(end);
        int late = recorded.Late, dispatched = recorded.Dispatched;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var p in pending)
            {
                ArgumentException.ThrowIfNullOrWhiteSpace(p.OrderId, nameof(inFlight));
                if (_records.ContainsKey(p.OrderId) || !seen.Add(p.OrderId) || p.PredictedDispatch <= recorded.WindowStart || p.PredictedDispatch > end)
                {
                    continue;
                }

                dispatched++;
                late += p.PredictedLate ? 1 : 0;
            }
        }

        return new LateDispatchRate(late, dispatched, Threshold, recorded.WindowStart, end);
    }

    /// <summary>Forgets dispatches at or before <paramref name="before"/> (they can no longer fall in any window ending later). Returns how many.</summary>
    public int Prune(DateTimeOffset before)
    {
        lock (_gate)
        {
            var old = _records.Values.Where(r => r.DispatchedAt <= before).Select(r => r.OrderId).ToList();
            foreach (var id in old)
            {
                _records.Remove(id);
            }

            return old.Count;
        }
    }
}
