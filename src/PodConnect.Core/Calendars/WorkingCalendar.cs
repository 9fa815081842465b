using System.Runtime.CompilerServices;

namespace PodConnect.Calendars;

/// <summary>
/// Which days are working days, precomputed over a range of years so that every question is O(1)
/// and allocation-free: "is this a working day", "the Nth working day after", "how many working
/// days between". Immutable and thread-safe. Build one with <see cref="WorkingCalendarBuilder"/>
/// or take a country's from <see cref="WorkingCalendars.For"/>.
/// </summary>
/// <remarks>
/// Days can also be addressed by <see cref="DateOnly.DayNumber"/> (the <c>int</c> overloads), which
/// is what hot loops such as the router use.
/// </remarks>
public sealed class WorkingCalendar
{
    private readonly int _firstDayNumber;

    // _workingBefore[i] = number of working days in [first, first + i); length = days + 1.
    private readonly int[] _workingBefore;

    // _workingDays[k] = day offset of the k-th (0-based) working day in the range.
    private readonly int[] _workingDays;

    internal WorkingCalendar(string name, DateOnly firstDay, DateOnly lastDay, Func<DateOnly, bool> isWorkingDay)
    {
        Name = name;
        FirstDay = firstDay;
        LastDay = lastDay;
        _firstDayNumber = firstDay.DayNumber;
        var days = lastDay.DayNumber - firstDay.DayNumber + 1;
        _workingBefore = new int[days + 1];
        var working = new List<int>(days);
        for (var i = 0; i < days; i++)
        {
            var isWorking = isWorkingDay(DateOnly.FromDayNumber(_firstDayNumber + i));
            _workingBefore[i + 1] = _workingBefore[i] + (isWorking ? 1 : 0);
            if (isWorking)
            {
                working.Add(i);
            }
        }

        _workingDays = [.. working];
    }

    /// <summary>A readable name, e.g. <c>GB-SCT public holidays, Mon–Fri</c>.</summary>
    public string Name { get; }

    /// <summary>The first day the calendar covers.</summary>
    public DateOnly FirstDay { get; }

    /// <summary>The last day the calendar covers.</summary>
    public DateOnly LastDay { get; }

    /// <summary>Whether <paramref name="day"/> is a working day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The day is outside the covered range.</exception>
    public bool IsWorkingDay(DateOnly day) => IsWorkingDay(day.DayNumber);

    /// <summary>Whether the day with this <see cref="DateOnly.DayNumber"/> is a working day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The day is outside the covered range.</exception>
    public bool IsWorkingDay(int dayNumber)
    {
        var i = Offset(dayNumber);
        return _workingBefore[i + 1] != _workingBefore[i];
    }

    /// <summary>The first working day on or after <paramref name="day"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The answer falls outside the covered range.</exception>
    public DateOnly NextWorkingDay(DateOnly day) => DateOnly.FromDayNumber(NextWorkingDay(day.DayNumber));

    /// <summary>The first working day on or after the given day number.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The answer falls outside the covered range.</exception>
    public int NextWorkingDay(int dayNumber) => WorkingDayAt(_workingBefore[Offset(dayNumber)], dayNumber);

    /// <summary>
    /// The working day that lies <paramref name="workingDays"/> working days after <paramref name="day"/>:
    /// for n ≥ 1 the day w such that exactly n working days lie in (day, w]; for n = 0 the next working
    /// day on or after <paramref name="day"/>; for n &lt; 0 the working day w such that exactly −n working
    /// days lie in [w, day).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The answer falls outside the covered range.</exception>
    public DateOnly AddWorkingDays(DateOnly day, int workingDays) => DateOnly.FromDayNumber(AddWorkingDays(day.DayNumber, workingDays));

    /// <summary>Day-number form of <see cref="AddWorkingDays(DateOnly, int)"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The answer falls outside the covered range.</exception>
    public int AddWorkingDays(int dayNumber, int workingDays)
    {
        var i = Offset(dayNumber);
        var k = workingDays switch
        {
            > 0 => _workingBefore[i + 1] + workingDays - 1,
            0 => _workingBefore[i],
            _ => _workingBefore[i] + workingDays,
        };
        return WorkingDayAt(k, dayNumber);
    }

    /// <summary>
    /// The number of working days in (<paramref name="from"/>, <paramref name="to"/>]; negative when
    /// <paramref name="to"/> is before <paramref name="from"/>. Inverse of <see cref="AddWorkingDays(DateOnly, int)"/>
    /// for a working <paramref name="from"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A day is outside the covered range.</exception>
    public int WorkingDaysBetween(DateOnly from, DateOnly to) => WorkingDaysBetween(from.DayNumber, to.DayNumber);

    /// <summary>Day-number form of <see cref="WorkingDaysBetween(DateOnly, DateOnly)"/>.</summary>
    public int WorkingDaysBetween(int fromDayNumber, int toDayNumber) =>
        _workingBefore[Offset(toDayNumber) + 1] - _workingBefore[Offset(fromDayNumber) + 1];

    /// <summary>
    /// <see cref="AddWorkingDays(int, int)"/> from the first working day on or after the day, for
    /// <paramref name="workingDays"/> ≥ 0, or <paramref name="outOfRange"/> where that answer is past
    /// the range (no exception: tables are built with it over the whole range).
    /// </summary>
    internal int AfterNextWorkingDay(int dayNumber, int workingDays, int outOfRange)
    {
        // The next working day is the k-th with k = working days before the day; n more is the (k + n)-th.
        var k = _workingBefore[Offset(dayNumber)] + workingDays;
        return k < _workingDays.Length ? _firstDayNumber + _workingDays[k] : outOfRange;
    }

    /// <summary>The name.</summary>
    public override string ToString() => Name;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Offset(int dayNumber)
    {
        var i = dayNumber - _firstDayNumber;
        if ((uint)i >= (uint)(_workingBefore.Length - 1))
        {
            ThrowOutOfRange(dayNumber);
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int WorkingDayAt(int k, int fromDayNumber)
    {
        if ((uint)k >= (uint)_workingDays.Length)
        {
            ThrowOutOfRange(fromDayNumber);
        }

        return _firstDayNumber + _workingDays[k];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowOutOfRange(int dayNumber) =>
        throw new ArgumentOutOfRangeException(
            nameof(dayNumber),
            $"{DateOnly.FromDayNumber(dayNumber):yyyy-MM-dd} (or the answer for it) is outside calendar '{Name}', which covers {FirstDay:yyyy-MM-dd} to {LastDay:yyyy-MM-dd}. Build a calendar with a wider range (WorkingCalendarBuilder.ForYears).");
}
