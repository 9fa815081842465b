namespace PodConnect.Routing;

/// <summary>
/// Units booked per facility per production day, so that routing respects daily capacity. Thread-safe
/// and lock-free: each facility keeps a 64-day ring of (day, units) packed in one <see cref="long"/>
/// updated with compare-and-swap; a day more than 64 days from the others simply starts from zero.
/// </summary>
public sealed class CapacityLedger
{
    private const int Window = 64;
    private readonly long[] _cells;
    private readonly int[] _capacity;

    /// <summary>Creates an empty ledger for a compiled network.</summary>
    public CapacityLedger(CompiledNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        Network = network;
        _cells = new long[network.FacilityCount * Window];
        _capacity = [.. network.Facilities.Select(f => f.Capacity)];
    }

    /// <summary>The network whose facilities this ledger counts.</summary>
    public CompiledNetwork Network { get; }

    /// <summary>Units booked at a facility on a day.</summary>
    public int Booked(int facility, DateOnly day) => BookedOn(facility, day.DayNumber);

    /// <summary>Units still free at a facility on a day.</summary>
    public int Remaining(int facility, DateOnly day) => RemainingOn(facility, day.DayNumber);

    /// <summary>Books <paramref name="units"/> if they fit; returns whether they did.</summary>
    public bool TryReserve(int facility, DateOnly day, int units)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(units);
        return TryAdd(facility, day.DayNumber, units, _capacity[facility]);
    }

    /// <summary>Books <paramref name="units"/> even beyond capacity (what a provider accepted anyway).</summary>
    public void Reserve(int facility, DateOnly day, int units) => TryAdd(facility, day.DayNumber, units, int.MaxValue);

    /// <summary>Books every shipment of a decision on its production start day.</summary>
    public void Reserve(in RoutingDecision decision, Domain.Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        foreach (var s in decision.Shipments)
        {
            var units = 0;
            for (var i = 0; i < order.Items.Count; i++)
            {
                if (s.ItemIndexes is null || s.ItemIndexes.Contains(i))
                {
                    units += order.Items[i].Quantity;
                }
            }

            Reserve(s.FacilityIndex, s.ProductionStart, units);
        }
    }

    /// <summary>Releases units booked earlier (e.g. an order cancelled before production).</summary>
    public void Release(int facility, DateOnly day, int units) => TryAdd(facility, day.DayNumber, -units, int.MaxValue);

    internal int RemainingOn(int facility, int dayNumber) => _capacity[facility] - BookedOn(facility, dayNumber);

    internal int BookedOn(int facility, int dayNumber)
    {
        var cell = Volatile.Read(ref _cells[(facility * Window) + (dayNumber & (Window - 1))]);
        return (int)(cell >> 32) == dayNumber ? (int)cell : 0;
    }

    private bool TryAdd(int facility, int dayNumber, int units, int limit)
    {
        ref var slot = ref _cells[(facility * Window) + (dayNumber & (Window - 1))];
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
