using PodConnect.Calendars;
using PodConnect.Sustainability;

namespace PodConnect.Routing;

/// <summary>One facility flattened for the router's hot loop. Immutable.</summary>
internal sealed class FacilityData
{
    public FacilityData(CompiledNetwork network, Facility f, int index, ZonedCalendar zone)
    {
        Source = f;
        Index = index;
        Zone = zone;
        Calendar = zone.Calendar;
        Collection = CollectionClock.For(zone, f.CollectionTime);

        // The collection time less an upper bound on the zone's UTC offset in any year; used only to prune.
        EarliestCollectionShiftTicks = f.CollectionTime.Ticks - (zone.TimeZone.BaseUtcOffset + TimeZones.MaxOffsetShift(zone.TimeZone)).Ticks;
        Capacity = f.DailyCapacity;

        var kinds = network.ProductKinds;
        ProductionDays = new int[kinds.Count];
        UnitCostCents = new long[kinds.Count];
        KindCapacity = new int[kinds.Count];
        for (var k = 0; k < kinds.Count; k++)
        {
            KindCapacity[k] = int.MaxValue;
            if (f.FindProduct(kinds[k]) is { } p)
            {
                ProductionDays[k] = p.ProductionDays;
                UnitCostCents[k] = ToCents(p.UnitCost);
                KindMask |= 1UL << k;
                if (p.DailyCapacity is { } cap)
                {
                    KindCapacity[k] = cap;
                    HasKindCapacity = true;
                }
            }
        }

        var destinations = network.Destinations;
        TransitDays = new int[destinations.Count];
        ShipCostCents = new long[destinations.Count];
        Co2PerKg = new double[destinations.Count];
        Lanes = new ShippingLane?[destinations.Count];
        OwnCountryDestination = -1;
        for (var d = 0; d < destinations.Count; d++)
        {
            if (destinations[d] == f.Country)
            {
                OwnCountryDestination = d;
            }

            var lane = f.FindLane(destinations[d]);
            Lanes[d] = lane;
            if (lane is null)
            {
                TransitDays[d] = -1;
                continue;
            }

            TransitDays[d] = lane.TransitDays;
            ShipCostCents[d] = ToCents(lane.Cost);
            Co2PerKg[d] = EuropeanCountries.TryGetRepresentativePoint(destinations[d], out var point)
                ? network.Co2e.KgPerKgParcel(f.Location, point, lane.Mode)
                : double.NaN;
        }
    }

    public Facility Source { get; }

    public int Index { get; }

    public ZonedCalendar Zone { get; }

    public WorkingCalendar Calendar { get; }

    public CollectionClock Collection { get; }

    /// <summary>Collection time minus an upper bound of the zone's UTC offset: a dispatch on local day d is no earlier than d's UTC midnight plus this.</summary>
    public long EarliestCollectionShiftTicks { get; }

    /// <summary>Index of <see cref="Zone"/> among the network's distinct zoned calendars (facilities sharing it share day 0).</summary>
    public int ZoneIndex { get; set; }

    public int Capacity { get; }

    /// <summary>Units per working day by kind index; <see cref="int.MaxValue"/> where only <see cref="Capacity"/> limits.</summary>
    public int[] KindCapacity { get; }

    /// <summary>Whether some kind has a capacity of its own.</summary>
    public bool HasKindCapacity { get; }

    public ulong KindMask { get; }

    /// <summary>By kind index; 0 = does not make it.</summary>
    public int[] ProductionDays { get; }

    public long[] UnitCostCents { get; }

    /// <summary>By destination index; -1 = no lane.</summary>
    public int[] TransitDays { get; }

    public long[] ShipCostCents { get; }

    /// <summary>kg CO2e per kg of parcel, by destination index (NaN when the destination has no known point).</summary>
    public double[] Co2PerKg { get; }

    public ShippingLane?[] Lanes { get; }

    public int OwnCountryDestination { get; }

    public static long ToCents(decimal amount) => (long)Math.Round(amount * 100m, MidpointRounding.AwayFromZero);

    /// <summary>Cents back to an amount with two decimals (14.00, not 14), as people read prices.</summary>
    public static decimal FromCents(long cents) =>
        new((int)(uint)(Math.Abs(cents) & 0xFFFFFFFF), (int)(Math.Abs(cents) >> 32), 0, cents < 0, 2);

    /// <summary>Day 0 of production for an order arriving at <paramref name="nowUtcTicks"/>.</summary>
    public int StartDay(long nowUtcTicks) => Zone.StartDayNumber(nowUtcTicks);

    /// <summary>The working day production started on <paramref name="startDay"/> is dispatched.</summary>
    public int DispatchDay(int startDay, int productionDays) => Calendar.AddWorkingDays(startDay, productionDays - 1);

    /// <summary>UTC ticks of the collection time on a local day.</summary>
    public long CollectionUtcTicks(int dayNumber) => Collection.UtcTicks(dayNumber);

    /// <summary>The offset of the facility's zone at a UTC instant on a given local day (for presenting times).</summary>
    public TimeSpan OffsetAt(int dayNumber, long utcTicks)
    {
        var start = Zone.StartOfDay(dayNumber);
        return start.Offset == Zone.EndOfDay(dayNumber).Offset
            ? start.Offset
            : Zone.TimeZone.GetUtcOffset(new DateTime(utcTicks, DateTimeKind.Utc));
    }
}
