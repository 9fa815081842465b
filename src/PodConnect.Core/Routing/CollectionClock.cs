using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using PodConnect.Calendars;

namespace PodConnect.Routing;

/// <summary>
/// The UTC instant of a facility's daily collection (its dispatch time) for every day of its
/// calendar's range, precomputed so that the router's hot loop reads one array element instead of
/// converting wall-clock time. Shared by every facility with the same zoned calendar and collection time.
/// </summary>
internal sealed class CollectionClock
{
    private static readonly ConditionalWeakTable<ZonedCalendar, ConcurrentDictionary<TimeOnly, CollectionClock>> Cache = new();

    private readonly int _firstDayNumber;
    private readonly long[] _utcTicks;

    private CollectionClock(ZonedCalendar zone, TimeOnly collection)
    {
        _firstDayNumber = zone.Calendar.FirstDay.DayNumber;
        var days = zone.Calendar.LastDay.DayNumber - _firstDayNumber + 1;
        _utcTicks = new long[days];
        for (var i = 0; i < days; i++)
        {
            var day = _firstDayNumber + i;
            var start = zone.StartOfDay(day);
            _utcTicks[i] = start.Offset == zone.EndOfDay(day).Offset
                ? start.UtcTicks + collection.Ticks

                // A daylight-saving change falls on this day: resolve the wall-clock time exactly.
                : zone.At(DateOnly.FromDayNumber(day), collection).UtcTicks;
        }
    }

    public static CollectionClock For(ZonedCalendar zone, TimeOnly collection) =>
        Cache.GetValue(zone, _ => new ConcurrentDictionary<TimeOnly, CollectionClock>())
            .GetOrAdd(collection, c => new CollectionClock(zone, c));

    /// <summary>UTC ticks of the collection on a local day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The day is outside the calendar's range.</exception>
    public long UtcTicks(int dayNumber)
    {
        var i = dayNumber - _firstDayNumber;
        if ((uint)i >= (uint)_utcTicks.Length)
        {
            ThrowOutOfRange(dayNumber);
        }

        return _utcTicks[i];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOutOfRange(int dayNumber) =>
        throw new ArgumentOutOfRangeException(nameof(dayNumber), DateOnly.FromDayNumber(dayNumber), "The predicted dispatch day is outside the facility calendar's years.");
}
