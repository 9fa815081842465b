using PodConnect.Domain;

namespace PodConnect.Routing;

/// <summary>
/// Production times learned from the shop's own orders. No provider publishes its real production time
/// or queue depth, but both show in our timestamps (placed → shipped). Fed those observations per
/// facility and product kind, the learner keeps a robust estimate — a high quantile (default the 90th
/// percentile) of the last <see cref="LeadTimeLearnerOptions.Window"/> observations — and the router
/// uses it instead of the configured <see cref="FacilityProduct.ProductionDays"/> once there are at
/// least <see cref="LeadTimeLearnerOptions.MinSamples"/>; while data is thin the configured figure
/// stands. A hub that slows down in a spike thus loses orders before it makes them late.
/// </summary>
/// <remarks>
/// Deterministic: the estimate depends only on the sequence of observations per facility and kind.
/// Observing takes a lock and costs O(window + 30); reading (the router's hot path) is one array read,
/// without allocation or locks. Durations are counted in the facility's production working days,
/// like the configured figure: day 0 is the order's production start day (its cut-off applies), and a
/// parcel shipped on day 0 took 1 day.
/// </remarks>
public sealed class LeadTimeLearner
{
    private const int MaxDays = NetworkValidator.MaxProductionDays;
    private readonly LeadTimeLearnerOptions _options;
    private readonly int _kinds;
    private readonly byte[] _samples;     // ring per (facility, kind)
    private readonly int[] _head;
    private readonly int[] _count;
    private readonly int[] _histogram;    // per (facility, kind): count of each value 1..MaxDays
    private readonly int[] _estimate;     // production days the router uses, per (facility, kind)
    private readonly Lock _gate = new();

    /// <summary>Creates a learner for a network; every estimate starts at the configured production days.</summary>
    public LeadTimeLearner(CompiledNetwork network, LeadTimeLearnerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        _options = options ?? new LeadTimeLearnerOptions();
        _options.Validate();
        Network = network;
        _kinds = network.ProductKinds.Count;
        var cells = network.FacilityCount * _kinds;
        _samples = new byte[cells * _options.Window];
        _head = new int[cells];
        _count = new int[cells];
        _histogram = new int[cells * (MaxDays + 1)];
        _estimate = new int[cells];
        for (var f = 0; f < network.FacilityCount; f++)
        {
            for (var k = 0; k < _kinds; k++)
            {
                _estimate[(f * _kinds) + k] = network.Facilities[f].ProductionDays[k];
            }
        }
    }

    /// <summary>The network whose facilities and kinds are learned.</summary>
    public CompiledNetwork Network { get; }

    /// <summary>The options.</summary>
    public LeadTimeLearnerOptions Options => _options;

    /// <summary>
    /// Records that an order of <paramref name="kind"/> placed at <paramref name="placedAt"/> at a facility
    /// was shipped (ready to ship, tracked) at <paramref name="shippedAt"/>. Returns the duration counted,
    /// in production working days (1–30; longer is counted as 30).
    /// </summary>
    /// <exception cref="ArgumentException">Unknown facility or a kind it does not make.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An instant is outside the calendars' years.</exception>
    public int Observe(string facilityId, ProductKind kind, DateTimeOffset placedAt, DateTimeOffset shippedAt)
    {
        var f = Network.IndexOf(facilityId);
        return f >= 0 ? Observe(f, kind, placedAt, shippedAt) : throw new ArgumentException($"Facility '{facilityId}' is not in network '{Network.Source.Name}'.", nameof(facilityId));
    }

    /// <summary>The same by facility index.</summary>
    public int Observe(int facility, ProductKind kind, DateTimeOffset placedAt, DateTimeOffset shippedAt)
    {
        var (f, k) = Cell(facility, kind);
        var zone = Network.Facilities[f].Zone;
        var start = zone.StartDayNumber(placedAt.UtcTicks);
        var shipped = zone.LocalDayNumber(shippedAt.UtcTicks);
        var days = Math.Clamp(zone.Calendar.WorkingDaysBetween(start, shipped) + 1, 1, MaxDays);
        Add((f * _kinds) + k, days);
        return days;
    }

    /// <summary>Records a duration already counted in production working days (1–30).</summary>
    public void ObserveDays(int facility, ProductKind kind, int productionDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(productionDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(productionDays, MaxDays);
        var (f, k) = Cell(facility, kind);
        Add((f * _kinds) + k, productionDays);
    }

    /// <summary>The production days routing uses for a facility and kind: the learned quantile, or the configured figure while data is thin.</summary>
    public int ProductionDays(int facility, ProductKind kind)
    {
        var (f, k) = Cell(facility, kind);
        return Volatile.Read(ref _estimate[(f * _kinds) + k]);
    }

    /// <summary>How many observations of the current window back the estimate.</summary>
    public int Samples(int facility, ProductKind kind)
    {
        var (f, k) = Cell(facility, kind);
        lock (_gate)
        {
            return _count[(f * _kinds) + k];
        }
    }

    /// <summary>Hot path: production days by indexes (0 when the facility does not make the kind).</summary>
    internal int ProductionDaysOf(int facility, int kind) => Volatile.Read(ref _estimate[(facility * _kinds) + kind]);

    private void Add(int cell, int days)
    {
        var window = _options.Window;
        lock (_gate)
        {
            var ring = cell * window;
            var histogram = cell * (MaxDays + 1);
            if (_count[cell] == window)
            {
                _histogram[histogram + _samples[ring + _head[cell]]]--;
            }
            else
            {
                _count[cell]++;
            }

            _samples[ring + _head[cell]] = (byte)days;
            _head[cell] = (_head[cell] + 1) % window;
            _histogram[histogram + days]++;

            var count = _count[cell];
            if (count < _options.MinSamples)
            {
                return;
            }

            // The smallest value with at least ceil(q × n) observations at or below it.
            var rank = (int)Math.Ceiling(_options.Quantile * count);
            var seen = 0;
            for (var d = 1; d <= MaxDays; d++)
            {
                seen += _histogram[histogram + d];
                if (seen >= rank)
                {
                    Volatile.Write(ref _estimate[cell], d);
                    return;
                }
            }
        }
    }

    private (int Facility, int Kind) Cell(int facility, ProductKind kind)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(facility);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(facility, Network.FacilityCount);
        var k = Network.KindIndex(kind);
        if (k < 0 || Network.Facilities[facility].ProductionDays[k] == 0)
        {
            throw new ArgumentException($"Facility '{Network.Facility(facility).Id}' does not make {kind}.", nameof(kind));
        }

        return (facility, k);
    }
}

/// <summary>How a <see cref="LeadTimeLearner"/> estimates.</summary>
public sealed class LeadTimeLearnerOptions
{
    /// <summary>Observations kept per facility and kind: the most recent ones (2–1,000; default 50).</summary>
    public int Window { get; init; } = 50;

    /// <summary>Observations needed before the learned figure replaces the configured one (1–<see cref="Window"/>; default 10).</summary>
    public int MinSamples { get; init; } = 10;

    /// <summary>The quantile used, in (0, 1]: 0.9 = nine orders in ten ship within the estimate (default).</summary>
    public double Quantile { get; init; } = 0.9;

    internal void Validate()
    {
        if (Window is < 2 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(Window), Window, "The window holds 2 to 1,000 observations.");
        }

        if (MinSamples < 1 || MinSamples > Window)
        {
            throw new ArgumentOutOfRangeException(nameof(MinSamples), MinSamples, $"Between 1 and the window ({Window}).");
        }

        if (!(Quantile is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Quantile), Quantile, "A quantile is in (0, 1].");
        }
    }
}
