using PodConnect.Calendars;

namespace PodConnect.Sla;

/// <summary>
/// For every local day of a zoned calendar's range: the working day that lies N working days after
/// the first working day on or after it — a market rule's deadline day for an order counting from
/// that day. Precomputed so the router reads one array element per order instead of the four
/// dependent reads of "next working day" and "add N working days", and with a lower bound that costs
/// no read at all, so the router can often skip the exact day. Immutable and thread-safe.
/// </summary>
internal sealed class DayAfterWorkingDaysTable
{
    // Where the answer falls outside the calendar's range; the caller takes the slow path, which throws.
    private const int OutOfRange = int.MinValue;

    private readonly int _workingDays;
    private readonly int _firstDayNumber;
    private readonly int[] _answers;

    // The lower bound: the answer is never fewer than _minSpan calendar days after the counting day,
    // which is never before the local date, which is never before the UTC date shifted by _minOffsetTicks.
    private readonly int _minSpan;
    private readonly long _minOffsetTicks;

    // Instants in [_boundFromTicks, _boundUntilTicks) have an answer in range, so the bound never hides an exception.
    private readonly long _boundFromTicks;
    private readonly long _boundUntilTicks;

    public DayAfterWorkingDaysTable(ZonedCalendar clock, int workingDays)
    {
        Clock = clock;
        _workingDays = workingDays;
        var calendar = clock.Calendar;
        _firstDayNumber = calendar.FirstDay.DayNumber;
        var last = calendar.LastDay.DayNumber;

        // One entry more than the range: an order after the cut-off on the last day counts from the day after.
        _answers = new int[last - _firstDayNumber + 2];
        _minSpan = int.MaxValue;
        var lastAnswered = _firstDayNumber - 1;
        for (var i = 0; i < _answers.Length; i++)
        {
            var day = _firstDayNumber + i;
            var answer = day <= last ? calendar.AfterNextWorkingDay(day, workingDays, OutOfRange) : OutOfRange;
            _answers[i] = answer;
            if (answer != OutOfRange)
            {
                _minSpan = Math.Min(_minSpan, answer - day);
                lastAnswered = day;
            }
        }

        _minOffsetTicks = (clock.TimeZone.BaseUtcOffset - TimeZones.MaxOffsetShift(clock.TimeZone)).Ticks;

        // From the second day (its local date is in range) to two days before the last day with an answer
        // (its counting day, at most the local date plus one, still has one); empty when the range has none.
        _boundFromTicks = last > _firstDayNumber ? clock.StartOfDay(_firstDayNumber + 1).UtcTicks : long.MaxValue;
        _boundUntilTicks = lastAnswered - 2 > _firstDayNumber ? clock.StartOfDay(lastAnswered - 2).UtcTicks : long.MinValue;
    }

    /// <summary>The market's clock the days are counted in.</summary>
    public ZonedCalendar Clock { get; }

    /// <summary>The deadline day for an order placed at <paramref name="utcTicks"/>: N working days after its day 0 in the clock's calendar and zone.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The instant or the answer is outside the calendar's range.</exception>
    public int DayFor(long utcTicks)
    {
        var i = Clock.CountingDayNumber(utcTicks) - _firstDayNumber;
        var answer = (uint)i < (uint)_answers.Length ? _answers[i] : OutOfRange;
        return answer != OutOfRange ? answer : Compute(utcTicks);
    }

    /// <summary>
    /// A day on or before <see cref="DayFor"/>'s answer, from arithmetic alone; false when the instant is
    /// near or outside the calendar's range (then only <see cref="DayFor"/> answers, or throws).
    /// </summary>
    public bool TryLowerBound(long utcTicks, out int atLeast)
    {
        atLeast = (int)((utcTicks + _minOffsetTicks) / TimeSpan.TicksPerDay) + _minSpan;
        return utcTicks >= _boundFromTicks && utcTicks < _boundUntilTicks;
    }

    /// <summary>The same answer the long way, so that an out-of-range case throws the calendar's own exception.</summary>
    private int Compute(long utcTicks) => Clock.Calendar.AddWorkingDays(Clock.StartDayNumber(utcTicks), _workingDays);
}
