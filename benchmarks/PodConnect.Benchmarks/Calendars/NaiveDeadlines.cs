using PodConnect.Calendars;
using PodConnect.Domain;

namespace PodConnect.Benchmarks.Calendars;

/// <summary>
/// What a typical developer writes: walk day by day, skipping weekends and a HashSet of holidays;
/// convert with TimeZoneInfo on every call. The baseline the precomputed calendar is measured against.
/// </summary>
internal sealed class NaiveDeadlines
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly TimeZoneInfo _zone;

    public NaiveDeadlines(CountryCode country, string timeZoneId)
    {
        _holidays = [];
        for (var year = WorkingCalendarBuilder.DefaultFirstYear; year <= WorkingCalendarBuilder.DefaultLastYear; year++)
        {
            _holidays.UnionWith(HolidaySources.For(country, null, year));
        }

        _zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
    }

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

    public DateOnly NextWorkingDay(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    // Same meaning as WorkingCalendar.AddWorkingDays: n working days lie in (day, result].
    public DateOnly AddWorkingDays(DateOnly day, int n)
    {
        if (n == 0)
        {
            return NextWorkingDay(day);
        }

        for (var added = 0; added < n;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                added++;
            }
        }

        return day;
    }

    public DateTimeOffset Deadline(DateTimeOffset orderedAt, int workingDays)
    {
        var local = TimeZoneInfo.ConvertTime(orderedAt, _zone);
        var last = AddWorkingDays(NextWorkingDay(DateOnly.FromDateTime(local.DateTime)), workingDays);
        var endLocal = last.ToDateTime(TimeOnly.MaxValue);
        return new DateTimeOffset(endLocal, _zone.GetUtcOffset(endLocal));
    }
}
