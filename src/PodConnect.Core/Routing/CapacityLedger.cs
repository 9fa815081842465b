using PodConnect.Domain;

namespace PodConnect.Routing;

/// <summary>
/// Units booked per facility per production day — in total and per product kind — so that routing
/// respects daily capacity: a facility's <see cref="Facility.DailyCapacity"/> and, where a product
/// gives one, its <see cref="FacilityProduct.DailyCapacity"/>. Both <see cref="Router.Route(Order, DateTimeOffset, CapacityLedger?)"/>
/// and <see cref="Router.RouteBatch(IReadOnlyList{Order}, DateTimeOffset, CapacityLedger?)"/> read it.
/// Thread-safe and lock-free: each counter is a 64-day ring of (day, units) packed in one
/// <see cref="long"/> updated with compare-and-swap; a day more than 64 days from the others simply starts from zero.
/// </summary>
public sealed class CapacityLedger
{
    private const int Window = 64;
    private readonly long[] _cells;
    private readonly long[] _kindCells;
    private readonly int[] _capacity;
    private readonly int _kinds;

    /// <summary>Creates an empty ledger for a compiled network.</summary>
    public CapacityLedger(CompiledNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        Network = network;
        _kinds = network.ProductKinds.Count;
        _cells = new long[network.FacilityCount * Window];
        _kindCells = network.Facilities.Any(f => f.HasKindCapacity) ? new long[network.FacilityCount * _kinds * Window] : [];
        _capacity = [.. network.Facilities.Select(f => f.Capacity)];
    }

    /// <summary>The network whose facilities this ledger counts.</summary>
    public CompiledNetwork Network { get; }

    /// <summary>Units booked at a facility on a day (all kinds).</summary>
    public int Booked(int facility, DateOnly day) => BookedOn(facility, day.DayNumber);

    /// <summary>Units of one kind booked at a facility on a day (counted only for kinds with a capacity of their own; 0 otherwise).</summary>
    public int Booked(int facility, ProductKind kind, DateOnly day) => KindBookedOn(facility, KindOf(kind), day.DayNumber);

    /// <summary>Units still free at a facility on a day (all kinds).</summary>
    public int Remaining(int facility, DateOnly day) => RemainingOn(facility, day.DayNumber);

    /// <summary>Units of one kind still free at a facility on a day: the smaller of the facility's and the kind's room.</summary>
    public int Remaining(int facility, ProductKind kind, DateOnly day) => RemainingOn(facility, KindOf(kind), day.DayNumber);

    /// <summary>Books <paramref name="units"/> against the facility's total if they fit; returns whether they did.</summary>
    public bool TryReserve(int facility, DateOnly day, int units)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(units);
        return TryAdd(_cells, Cell(facility, day.DayNumber), day.DayNumber, units, _capacity[facility]);
    }

    /// <summary>Books <paramref name="units"/> of a kind if both the kind's and the facility's room allow; returns whether they did (nothing is booked when not).</summary>
    public bool TryReserve(int facility, ProductKind kind, DateOnly day, int units)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(units);
        return TryReserveOn(facility, KindOf(kind), day.DayNumber, units);
    }

    /// <summary>Books <paramref name="units"/> even beyond capacity (what a provider accepted anyway).</summary>
    public void Reserve(int facility, DateOnly day, int units) => TryAdd(_cells, Cell(facility, day.DayNumber), day.DayNumber, units, int.MaxValue);

    /// <summary>Books <paramref name="units"/> of a kind even beyond capacity.</summary>
    public void Reserve(int facility, ProductKind kind, DateOnly day, int units) => AddOn(facility, KindOf(kind), day.DayNumber, units);

    /// <summary>Books every shipment of a routed decision on its production start day, per kind; does nothing for an unroutable one.</summary>
    public void Reserve(in RoutingDecision decision, Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        foreach (var s in decision.Shipments)
        {
            for (var i = 0; i < order.Items.Count; i++)
            {
                if (s.ItemIndexes is null || s.ItemIndexes.Contains(i))
                {
                    AddOn(s.FacilityIndex, Network.KindIndex(order.Items[i].Kind), s.ProductionStart.DayNumber, order.Items[i].Quantity);
                }
            }
        }
    }

    /// <summary>Releases units booked earlier against the facility's total (e.g. an order cancelled before production).</summary>
    public void Release(int facility, DateOnly day, int units) => TryAdd(_cells, Cell(facility, day.DayNumber), day.DayNumber, -units, int.MaxValue);

    /// <summary>Releases units of a kind booked earlier.</summary>
    public void Release(int facility, ProductKind kind, DateOnly day, int units) => AddOn(facility, KindOf(kind), day.DayNumber, -units);

    internal int RemainingOn(int facility, int dayNumber) => _capacity[facility] - BookedOn(facility, dayNumber);

    /// <summary>Room for a kind: the facility's room, capped by the kind's own room where it has one.</summary>
    internal int RemainingOn(int facility, int kind, int dayNumber)
    {
        var total = _capacity[facility] - BookedOn(facility, dayNumber);
        var cap = Network.Facilities[facility].KindCapacity[kind];
        return cap == int.MaxValue ? total : Math.Min(total, cap - KindBookedOn(facility, kind, dayNumber));
    }

    internal int BookedOn(int facility, int dayNumber) => Read(_cells, Cell(facility, dayNumber), dayNumber);

    internal int KindBookedOn(int facility, int kind, int dayNumber) =>
        _kindCells.Length == 0 ? 0 : Read(_kindCells, KindCell(facility, kind, dayNumber), dayNumber);

    internal bool TryReserveOn(int facility, int kind, int dayNumber, int units)
    {
        var cap = Network.Facilities[facility].KindCapacity[kind];
        if (cap != int.MaxValue && !TryAdd(_kindCells, KindCell(facility, kind, dayNumber), dayNumber, units, cap))
        {
            return false;
        }

        if (TryAdd(_cells, Cell(facility, dayNumber), dayNumber, units, _capacity[facility]))
        {
            return true;
        }

        if (cap != int.MaxValue)
        {
            TryAdd(_kindCells, KindCell(facility, kind, dayNumber), dayNumber, -units, int.MaxValue);
        }

        return false;
    }

    internal void AddOn(int facility, int kind, int dayNumber, int units)
    {
        if (_kindCells.Length != 0 && Network.Facilities[facility].KindCapacity[kind] != int.MaxValue)
        {
            TryAdd(_kindCells, KindCell(facility, kind, dayNumber), dayNumber, units, int.MaxValue);
        }

        TryAdd(_cells, Cell(facility, dayNumber), dayNumber, units, int.MaxValue);
    }

    private int KindOf(ProductKind kind)
    {
        var k = Network.KindIndex(kind);
        return k >= 0 ? k : throw new ArgumentException($"No facility of the network makes {kind}.", nameof(kind));
    }

    private static int Cell(int facility, int dayNumber) => (facility * Window) + (dayNumber & (Window - 1));

    private int KindCell(int facility, int kind, int dayNumber) => (((facility * _kinds) + kind) * Window) + (dayNumber & (Window - 1));

    private static int Read(long[] cells, int index, int dayNumber)
    {
        var cell = Volatile.Read(ref cells[index]);
        return (int)(cell >> 32) == dayNumber ? (int)cell : 0;
    }

    private static bool TryAdd(long[] cells, int index, int dayNumber, int units, int limit)
    {
        ref var slot = ref cells[index];
        while (true)
        {
            var cell = Volatile.Read(ref slot);
            var booked = (int)(cell >> 32) == dayNumber ? (int)cell : 0;
            var next = Math.Max(0, booked + units);
            if (units > 0 && booked + units > limit)
            {
                return false;
            }

            var updated = ((long)dayNumber << 32) | (uint)next;
            if (Interlocked.CompareExchange(ref slot, updated, cell) == cell)
            {
                return true;
            }
        }
    }
}
