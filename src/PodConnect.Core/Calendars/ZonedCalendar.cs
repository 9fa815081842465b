using System.Runtime.CompilerServices;

namespace PodConnect.Calendars;

/// <summary>
/// A <see cref="WorkingCalendar"/> placed in an IANA time zone, with an optional daily cut-off:
/// turns instants into local working days and local days back into instants. The start of every
/// local day (and the cut-off instant) is precomputed in UTC, so conversions are O(1), allocate
/// nothing and are right across daylight-saving changes.
/// </summary>
public sealed class ZonedCalendar
{
    private readonly int _firstDayNumber;
    private readonly long _standardOffsetTicks;

    // UTC ticks at which each local day starts; one extra entry for the day after the last.
    private readonly long[] _dayStartUtc;

    // The zone's UTC offset (minutes) at the start of each local day, and one extra.
    private readonly short[] _offsetAtStartMinutes;

    // The zone's UTC offset (minutes) at the last instant of each local day.
    private readonly short[] _offsetAtEndMinutes;

    // UTC ticks of each day's cut-off, when a cut-off is set.
    private readonly long[]? _cutOffUtc;

    /// <summary>Places a calendar in a time zone.</summary>
    /// <param name="calendar">The working days.</param>
    /// <param name="timeZoneId">An IANA id such as <c>Europe/London</c> (Windows ids also work where the OS maps them).</param>
    /// <param name="cutOff">Local time after which an order counts from the next day; <c>null</c> for none (the whole day counts).</param>
    /// <exception cref="ArgumentException">The time zone is unknown on this machine.</exception>
    public ZonedCalendar(WorkingCalendar calendar, string timeZoneId, TimeOnly? cutOff = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZoneId);
        TimeZone = FindZone(timeZoneId);
        Calendar = calendar;
        CutOff = cutOff;
        _firstDayNumber = calendar.FirstDay.DayNumber;
        _standardOffsetTicks = TimeZone.BaseUtcOffset.Ticks;

        var days = calendar.LastDay.DayNumber - _firstDayNumber + 1;
        _dayStartUtc = new long[days + 1];
        _offsetAtStartMinutes = new short[days + 1];
        _offsetAtEndMinutes = new short[days];
        for (var i = 0; i <= days; i++)
        {
            var local = DateOnly.FromDayNumber(_firstDayNumber + i).ToDateTime(TimeOnly.MinValue);
            var start = ToUtc(local);
            _dayStartUtc[i] = start.Ticks;
            _offsetAtStartMinutes[i] = OffsetMinutesAt(start);
        }

        for (var i = 0; i < days; i++)
        {
            _offsetAtEndMinutes[i] = OffsetMinutesAt(new DateTime(_dayStartUtc[i + 1] - 1, DateTimeKind.Utc));
        }

        if (cutOff is { } c)
        {
            _cutOffUtc = new long[days];
            for (var i = 0; i < days; i++)
            {
                _cutOffUtc[i] = ToUtc(DateOnly.FromDayNumber(_firstDayNumber + i).ToDateTime(c)).Ticks;
            }
        }
    }

    /// <summary>The working days.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>The time zone.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>The daily cut-off in local time, if any.</summary>
    public TimeOnly? CutOff { get; }

    /// <summary>The local calendar date of an instant.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside the calendar's range.</exception>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDayNumber(LocalDayNumber(instant.UtcTicks));

    /// <summary>The local wall-clock time of an instant.</summary>
    public TimeOnly LocalTime(DateTimeOffset instant) => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>
    /// Day 0 of the clock for something that happens at <paramref name="instant"/>: its local date, or
    /// the next day if it is at or after the cut-off, moved on to the next working day.
    /// </summary>
    public DateOnly StartDay(DateTimeOffset instant) => DateOnly.FromDayNumber(StartDayNumber(instant.UtcTicks));

    /// <summary>Day-number form of <see cref="StartDay"/> over UTC ticks, for hot loops.</summary>
    public int StartDayNumber(long utcTicks) => Calendar.NextWorkingDay(CountingDayNumber(utcTicks));

    /// <summary>
    /// The local day an instant counts for before working days are considered: its local date, or the
    /// next day if it is at or after the cut-off. <see cref="StartDayNumber"/> is the first working day
    /// on or after it; tables indexed by it let hot paths skip the working-day step.
    /// </summary>
    internal int CountingDayNumber(long utcTicks)
    {
        var day = LocalDayNumber(utcTicks);
        if (_cutOffUtc is not null && utcTicks >= _cutOffUtc[day - _firstDayNumber])
        {
            day++;
        }

        return day;
    }

    /// <summary>The local day number (<see cref="DateOnly.DayNumber"/>) of an instant given in UTC ticks.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside the calendar's range.</exception>
    public int LocalDayNumber(long utcTicks)
    {
        // A first guess from the standard offset is off by at most one day; step to the right one.
        var i = (int)((utcTicks + _standardOffsetTicks) / TimeSpan.TicksPerDay) - _firstDayNumber;
        if ((uint)i >= (uint)(_dayStartUtc.Length - 1))
        {
            i = Math.Clamp(i, 0, _dayStartUtc.Length - 2);
        }

        if (utcTicks < _dayStartUtc[i])
        {
            i--;
        }
        else if (utcTicks >= _dayStartUtc[i + 1])
        {
            i++;
        }

        if ((uint)i >= (uint)(_dayStartUtc.Length - 1) || utcTicks < _dayStartUtc[i] || utcTicks >= _dayStartUtc[i + 1])
        {
            ThrowOutOfRange(new DateTime(utcTicks, DateTimeKind.Utc));
        }

        return _firstDayNumber + i;
    }

    /// <summary>The first instant of a local day, with the zone's offset at that instant.</summary>
    public DateTimeOffset StartOfDay(DateOnly day) => StartOfDay(day.DayNumber);

    /// <summary>Day-number form of <see cref="StartOfDay(DateOnly)"/>.</summary>
    public DateTimeOffset StartOfDay(int dayNumber)
    {
        var i = Offset(dayNumber);
        return At(_dayStartUtc[i], _offsetAtStartMinutes[i]);
    }

    /// <summary>The last instant (last tick, 23:59:59.9999999 local) of a local day, with the zone's offset then.</summary>
    public DateTimeOffset EndOfDay(DateOnly day) => EndOfDay(day.DayNumber);

    /// <summary>Day-number form of <see cref="EndOfDay(DateOnly)"/>.</summary>
    public DateTimeOffset EndOfDay(int dayNumber)
    {
        var i = Offset(dayNumber);
        return At(_dayStartUtc[i + 1] - 1, _offsetAtEndMinutes[i]);
    }

    /// <summary>UTC ticks of the last tick of a local day (no <see cref="DateTimeOffset"/> built), for hot loops.</summary>
    public long EndOfDayUtcTicks(int dayNumber) => _dayStartUtc[Offset(dayNumber) + 1] - 1;

    /// <summary>
    /// The instant of a local wall-clock time on a day. A time skipped by a daylight-saving change
    /// resolves to the first valid minute after the gap; a repeated time resolves to its first (earlier) occurrence.
    /// </summary>
    public DateTimeOffset At(DateOnly day, TimeOnly localTime)
    {
        Offset(day.DayNumber);
        var utc = ToUtc(day.ToDateTime(localTime));
        return At(utc.Ticks, OffsetMinutesAt(utc));
    }

    /// <summary>E.g. <c>GB (MoTuWeThFr) in Europe/London, cut-off 14:00</c>.</summary>
    public override string ToString() => $"{Calendar.Name} in {TimeZone.Id}{(CutOff is { } c ? $", cut-off {c:HH\\:mm}" : string.Empty)}";

    private static TimeZoneInfo FindZone(string id) => TimeZones.Find(id);

    private static DateTimeOffset At(long utcTicks, short offsetMinutes)
    {
        var offsetTicks = offsetMinutes * TimeSpan.TicksPerMinute;
        return new DateTimeOffset(utcTicks + offsetTicks, new TimeSpan(offsetTicks));
    }

    private DateTime ToUtc(DateTime local)
    {
        // Skipped local times (spring forward) resolve to the first valid minute after the gap.
        while (TimeZone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        // Repeated local times (fall back) resolve to the earlier instant, i.e. the larger offset.
        var offset = TimeZone.IsAmbiguousTime(local)
            ? TimeZone.GetAmbiguousTimeOffsets(local).Max()
            : TimeZone.GetUtcOffset(local);
        return new DateTime(local.Ticks - offset.Ticks, DateTimeKind.Utc);
    }

    private short OffsetMinutesAt(DateTime utc) => (short)TimeZone.GetUtcOffset(utc).TotalMinutes;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Offset(int dayNumber)
    {
        var i = dayNumber - _firstDayNumber;
        if ((uint)i >= (uint)_offsetAtEndMinutes.Length)
        {
            ThrowOutOfRange(DateOnly.FromDayNumber(dayNumber).ToDateTime(TimeOnly.MinValue));
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowOutOfRange(DateTime when) =>
        throw new ArgumentOutOfRangeException(
            nameof(when),
            $"{when:yyyy-MM-dd HH:mm} is outside calendar '{Calendar.Name}', which covers {Calendar.FirstDay:yyyy-MM-dd} to {Calendar.LastDay:yyyy-MM-dd}.");
}
