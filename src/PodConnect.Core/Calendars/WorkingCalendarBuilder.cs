using PodConnect.Domain;

namespace PodConnect.Calendars;

/// <summary>
/// Builds a <see cref="WorkingCalendar"/>: a country's (or subdivision's) public holidays, the
/// working weekdays (Monday–Friday unless told otherwise, e.g. a carrier that works Saturdays), and
/// the user's own changes: one-off closures (a bank holiday announced late, a facility shutdown)
/// and days that are worked despite being holidays.
/// </summary>
public sealed class WorkingCalendarBuilder
{
    /// <summary>The default first year covered.</summary>
    public const int DefaultFirstYear = 2015;

    /// <summary>The default last year covered.</summary>
    public const int DefaultLastYear = 2060;

    private static readonly DayOfWeek[] MondayToFriday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private readonly CountryCode? _country;
    private readonly SubdivisionCode? _subdivision;
    private readonly HashSet<DateOnly> _closures = [];
    private readonly HashSet<DateOnly> _workingDays = [];
    private Func<int, IEnumerable<DateOnly>>? _holidays;
    private bool _publicHolidays = true;
    private DayOfWeek[] _weekdays = MondayToFriday;
    private int _firstYear = DefaultFirstYear;
    private int _lastYear = DefaultLastYear;
    private string? _name;

    /// <summary>Starts from a country's public holidays, or a subdivision's where it has its own.</summary>
    /// <exception cref="ArgumentException">The subdivision is not in the country.</exception>
    public WorkingCalendarBuilder(CountryCode country, SubdivisionCode? subdivision = null)
    {
        if (country.IsDefault)
        {
            throw new ArgumentException("A calendar needs a country.", nameof(country));
        }

        if (subdivision is { IsDefault: false } sub && sub.Country != country)
        {
            throw new ArgumentException($"Subdivision '{sub}' is not in country '{country}'.", nameof(subdivision));
        }

        _country = country;
        _subdivision = subdivision is { IsDefault: false } ? subdivision : null;
    }

    /// <summary>Starts from no public holidays at all (add them with <see cref="WithHolidays"/> or <see cref="AddClosure"/>).</summary>
    public WorkingCalendarBuilder()
    {
        _publicHolidays = false;
    }

    /// <summary>Sets the weekdays that are worked (default Monday–Friday).</summary>
    /// <exception cref="ArgumentException">No weekday is given.</exception>
    public WorkingCalendarBuilder WithWorkingDays(params DayOfWeek[] weekdays)
    {
        ArgumentNullException.ThrowIfNull(weekdays);
        if (weekdays.Length == 0)
        {
            throw new ArgumentException("A calendar needs at least one working weekday.", nameof(weekdays));
        }

        _weekdays = [.. weekdays.Distinct()];
        return this;
    }

    /// <summary>Replaces the built-in public holidays with the caller's, given per year.</summary>
    public WorkingCalendarBuilder WithHolidays(Func<int, IEnumerable<DateOnly>> holidaysOfYear)
    {
        ArgumentNullException.ThrowIfNull(holidaysOfYear);
        _holidays = holidaysOfYear;
        _publicHolidays = false;
        return this;
    }

    /// <summary>Ignores public holidays (only weekdays, closures and working days count).</summary>
    public WorkingCalendarBuilder WithoutPublicHolidays()
    {
        _publicHolidays = false;
        _holidays = null;
        return this;
    }

    /// <summary>Marks days as non-working: a one-off bank holiday, a facility shutdown.</summary>
    public WorkingCalendarBuilder AddClosure(params DateOnly[] days)
    {
        ArgumentNullException.ThrowIfNull(days);
        foreach (var day in days)
        {
            _workingDays.Remove(day);
            _closures.Add(day);
        }

        return this;
    }

    /// <summary>Marks days as working even if they are holidays or weekend days (removes a holiday).</summary>
    public WorkingCalendarBuilder AddWorkingDay(params DateOnly[] days)
    {
        ArgumentNullException.ThrowIfNull(days);
        foreach (var day in days)
        {
            _closures.Remove(day);
            _workingDays.Add(day);
        }

        return this;
    }

    /// <summary>Sets the years covered (default <see cref="DefaultFirstYear"/>–<see cref="DefaultLastYear"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is empty or outside 1900–2200.</exception>
    public WorkingCalendarBuilder ForYears(int firstYear, int lastYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstYear, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lastYear, 2200);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstYear, lastYear);
        _firstYear = firstYear;
        _lastYear = lastYear;
        return this;
    }

    /// <summary>Names the calendar (shown in errors and explanations).</summary>
    public WorkingCalendarBuilder Named(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _name = name;
        return this;
    }

    /// <summary>Precomputes the calendar.</summary>
    /// <exception cref="ArgumentException">The country has no built-in holidays and none were supplied.</exception>
    public WorkingCalendar Build()
    {
        var holidays = new HashSet<DateOnly>();
        for (var year = _firstYear; year <= _lastYear; year++)
        {
            var ofYear = _publicHolidays && _country is { } country
                ? HolidaySources.For(country, _subdivision, year)
                : _holidays?.Invoke(year) ?? [];
            holidays.UnionWith(ofYear);
        }

        holidays.UnionWith(_closures);
        var weekdayMask = 0;
        foreach (var d in _weekdays)
        {
            weekdayMask |= 1 << (int)d;
        }

        return new WorkingCalendar(
            _name ?? DefaultName(),
            new DateOnly(_firstYear, 1, 1),
            new DateOnly(_lastYear, 12, 31),
            day => _workingDays.Contains(day) || (!holidays.Contains(day) && (weekdayMask & (1 << (int)day.DayOfWeek)) != 0));
    }

    private string DefaultName()
    {
        var where = _subdivision?.ToString() ?? _country?.ToString() ?? "custom";
        var days = string.Join("", _weekdays.Order().Select(d => d.ToString()[..2]));
        return $"{where} ({days})";
    }
}
