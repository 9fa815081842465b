using PodConnect.Calendars;
using PodConnect.Domain;

namespace PodConnect.Core.Tests.Calendars;

public class WorkingCalendarTests
{
    private static readonly WorkingCalendar England = WorkingCalendars.For(CountryCode.GB);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-11-23", 1, "2026-11-24")] // Mon + 1 = Tue
    [InlineData("2026-11-27", 1, "2026-11-30")] // Fri + 1 = Mon
    [InlineData("2026-11-28", 1, "2026-11-30")] // Sat + 1 = Mon
    [InlineData("2026-11-28", 0, "2026-11-30")] // Sat + 0 = next working day
    [InlineData("2026-11-24", 0, "2026-11-24")] // working day + 0 = itself
    [InlineData("2026-12-24", 2, "2026-12-30")] // over Christmas and the substitute Boxing Day
    [InlineData("2026-04-02", 1, "2026-04-07")] // over Easter
    [InlineData("2026-11-30", -1, "2026-11-27")] // Mon - 1 = Fri
    [InlineData("2026-11-29", -1, "2026-11-27")] // Sun - 1 = Fri
    [InlineData("2026-12-29", -1, "2026-12-24")]
    public void AddWorkingDays(string from, int n, string expected) =>
        Assert.Equal(D(expected), England.AddWorkingDays(D(from), n));

    [Theory]
    [InlineData("2026-11-23", "2026-11-30", 5)]
    [InlineData("2026-12-24", "2026-12-30", 2)]
    [InlineData("2026-11-30", "2026-11-23", -5)]
    [InlineData("2026-11-28", "2026-11-29", 0)]
    public void WorkingDaysBetween_counts_the_half_open_interval(string from, string to, int expected) =>
        Assert.Equal(expected, England.WorkingDaysBetween(D(from), D(to)));

    [Fact]
    public void Adding_then_counting_back_is_identity_property()
    {
        var random = new Random(20261124);
        var calendars = new[] { England, WorkingCalendars.For(CountryCode.DE, SubdivisionCode.Parse("DE-BY")), WorkingCalendars.For(CountryCode.US) };
        for (var i = 0; i < 5_000; i++)
        {
            var calendar = calendars[i % calendars.Length];
            var day = calendar.NextWorkingDay(new DateOnly(2016, 1, 1).AddDays(random.Next(0, 365 * 40)));
            var n = random.Next(0, 400);
            var later = calendar.AddWorkingDays(day, n);
            Assert.True(calendar.IsWorkingDay(later));
            Assert.Equal(n, calendar.WorkingDaysBetween(day, later));
            Assert.Equal(day, calendar.AddWorkingDays(later, -n));
        }
    }

    [Fact]
    public void Matches_a_day_by_day_count_property()
    {
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var from = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 3650));
            var to = from.AddDays(random.Next(0, 60));
            var naive = 0;
            for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            {
                naive += England.IsWorkingDay(d) ? 1 : 0;
            }

            Assert.Equal(naive, England.WorkingDaysBetween(from, to));
        }
    }

    [Fact]
    public void Saturdays_can_be_working_days()
    {
        var carrier = new WorkingCalendarBuilder(CountryCode.GB).WithWorkingDays(DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday).Build();
        Assert.True(carrier.IsWorkingDay(D("2026-11-28")));
        Assert.False(carrier.IsWorkingDay(D("2026-11-29")));
        Assert.False(carrier.IsWorkingDay(D("2026-12-28")), "bank holidays still apply");
        Assert.Equal(D("2026-11-28"), carrier.AddWorkingDays(D("2026-11-27"), 1));
    }

    [Fact]
    public void Users_add_one_off_closures_and_remove_holidays()
    {
        var calendar = new WorkingCalendarBuilder(CountryCode.GB)
            .AddClosure(D("2026-11-25"))
            .AddWorkingDay(D("2026-12-28"))
            .Build();
        Assert.False(calendar.IsWorkingDay(D("2026-11-25")));
        Assert.True(calendar.IsWorkingDay(D("2026-12-28")));
        Assert.Equal(D("2026-11-26"), calendar.AddWorkingDays(D("2026-11-24"), 1));
    }

    [Fact]
    public void Own_holidays_replace_the_built_in_ones()
    {
        var calendar = new WorkingCalendarBuilder(CountryCode.GB).WithHolidays(y => [new DateOnly(y, 3, 3)]).Build();
        Assert.False(calendar.IsWorkingDay(D("2027-03-03")));
        Assert.True(calendar.IsWorkingDay(D("2026-12-28")));
    }

    [Fact]
    public void Outside_the_range_throws_naming_the_range()
    {
        var calendar = new WorkingCalendarBuilder(CountryCode.GB).ForYears(2025, 2027).Build();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.IsWorkingDay(D("2030-01-01")));
        Assert.Contains("2025-01-01", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingDays(D("2027-12-30"), 5));
    }

    [Fact]
    public void A_calendar_needs_a_working_weekday() =>
        Assert.Throws<ArgumentException>(() => new WorkingCalendarBuilder(CountryCode.GB).WithWorkingDays());
}
