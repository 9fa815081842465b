using PodConnect.Calendars;
using PodConnect.Domain;

namespace PodConnect.Core.Tests.Calendars;

public class ZonedCalendarTests
{
    private static readonly ZonedCalendar London = new(WorkingCalendars.For(CountryCode.GB), "Europe/London");

    private static DateTimeOffset T(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-03-28T23:30:00Z", "2026-03-28")] // GMT: 23:30 local
    [InlineData("2026-03-29T23:30:00Z", "2026-03-30")] // BST: 00:30 local, the next day
    [InlineData("2026-06-15T22:59:59Z", "2026-06-15")]
    [InlineData("2026-06-15T23:00:00Z", "2026-06-16")] // midnight in London during summer time
    [InlineData("2026-10-24T23:00:00Z", "2026-10-25")]
    [InlineData("2026-10-25T00:59:59Z", "2026-10-25")] // the repeated hour
    public void LocalDate_follows_daylight_saving(string instant, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), London.LocalDate(T(instant)));

    [Fact]
    public void Day_boundaries_carry_the_offset_in_force()
    {
        Assert.Equal(T("2026-03-30T23:59:59.9999999+01:00"), London.EndOfDay(new DateOnly(2026, 3, 30)));
        Assert.Equal(TimeSpan.FromHours(1), London.EndOfDay(new DateOnly(2026, 3, 30)).Offset);
        Assert.Equal(TimeSpan.Zero, London.EndOfDay(new DateOnly(2026, 10, 25)).Offset);
        Assert.Equal(T("2026-03-29T00:00:00+00:00"), London.StartOfDay(new DateOnly(2026, 3, 29)));
        // The day summer time starts has 23 hours; the day it ends has 25.
        Assert.Equal(TimeSpan.FromHours(23), London.StartOfDay(new DateOnly(2026, 3, 30)) - London.StartOfDay(new DateOnly(2026, 3, 29)));
        Assert.Equal(TimeSpan.FromHours(25), London.StartOfDay(new DateOnly(2026, 10, 26)) - London.StartOfDay(new DateOnly(2026, 10, 25)));
    }

    [Fact]
    public void Cut_off_moves_day_zero_to_the_next_working_day()
    {
        var withCutOff = new ZonedCalendar(WorkingCalendars.For(CountryCode.GB), "Europe/London", new TimeOnly(14, 0));
        Assert.Equal(new DateOnly(2026, 6, 15), withCutOff.StartDay(T("2026-06-15T12:59:59Z"))); // 13:59:59 BST
        Assert.Equal(new DateOnly(2026, 6, 16), withCutOff.StartDay(T("2026-06-15T13:00:00Z"))); // 14:00 BST
        Assert.Equal(new DateOnly(2026, 6, 22), withCutOff.StartDay(T("2026-06-19T13:00:00Z"))); // Fri after cut-off → Mon
    }

    [Fact]
    public void Weekend_and_holiday_instants_start_on_the_next_working_day()
    {
        Assert.Equal(new DateOnly(2026, 11, 30), London.StartDay(T("2026-11-28T10:00:00Z")));
        Assert.Equal(new DateOnly(2026, 12, 29), London.StartDay(T("2026-12-25T10:00:00Z")));
    }

    [Fact]
    public void At_resolves_local_times_including_the_spring_gap()
    {
        Assert.Equal(T("2026-07-01T14:00:00+01:00"), London.At(new DateOnly(2026, 7, 1), new TimeOnly(14, 0)));
        // London skips 01:00–02:00 local on 29 March 2026; 01:30 resolves to the first minute after the gap.
        Assert.Equal(T("2026-03-29T02:00:00+01:00"), London.At(new DateOnly(2026, 3, 29), new TimeOnly(1, 30)));
    }

    [Fact]
    public void Works_in_other_zones()
    {
        var madrid = new ZonedCalendar(WorkingCalendars.For(CountryCode.ES), "Europe/Madrid");
        Assert.Equal(new DateOnly(2026, 7, 2), madrid.LocalDate(T("2026-07-01T22:30:00Z")));
        var la = new ZonedCalendar(WorkingCalendars.For(CountryCode.US), "America/Los_Angeles");
        Assert.Equal(new DateOnly(2026, 7, 1), la.LocalDate(T("2026-07-02T06:59:00Z")));
    }

    [Fact]
    public void Unknown_zone_is_rejected_naming_it()
    {
        var e = Assert.Throws<ArgumentException>(() => new ZonedCalendar(WorkingCalendars.For(CountryCode.GB), "Europe/Atlantis"));
        Assert.Contains("Europe/Atlantis", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Instants_outside_the_range_throw() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => London.LocalDate(T("2101-01-01T00:00:00Z")));
}
