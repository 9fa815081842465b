using PodConnect.Calendars;
using PodConnect.Domain;

namespace PodConnect.Core.Tests.Calendars;

/// <summary>Each country's tricky dates: the ones a naive Mon–Fri calendar or a fixed-date table gets wrong.</summary>
public class HolidayCalendarTests
{
    private static WorkingCalendar Of(string country, string? subdivision = null) =>
        WorkingCalendars.For(CountryCode.Parse(country), subdivision is null ? null : SubdivisionCode.Parse(subdivision));

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // England & Wales: Easter moves; Boxing Day 2026 falls on Saturday, so Monday 28 Dec is the substitute.
    [InlineData("GB", null, "2026-04-03")]
    [InlineData("GB", null, "2026-04-06")]
    [InlineData("GB", null, "2027-03-26")]
    [InlineData("GB", null, "2027-03-29")]
    [InlineData("GB", null, "2026-12-28")]
    [InlineData("GB", null, "2022-01-03")]
    [InlineData("GB", null, "2022-09-19")] // State funeral, a one-off
    [InlineData("GB", null, "2023-05-08")] // Coronation, a one-off
    [InlineData("GB", "GB-ENG", "2026-08-31")]
    [InlineData("GB", "GB-WLS", "2026-08-31")]
    // Scotland: 2 January, first Monday of August, St Andrew's Day, and no Easter Monday.
    [InlineData("GB", "GB-SCT", "2026-01-02")]
    [InlineData("GB", "GB-SCT", "2026-08-03")]
    [InlineData("GB", "GB-SCT", "2026-11-30")]
    [InlineData("GB", "GB-SCT", "2026-06-15")] // 2026 World Cup bank holiday, Scotland only
    // Northern Ireland: St Patrick's Day and the Twelfth (12 July 2026 is a Sunday → Monday 13).
    [InlineData("GB", "GB-NIR", "2026-03-17")]
    [InlineData("GB", "GB-NIR", "2026-07-13")]
    [InlineData("IE", null, "2026-02-02")] // St Brigid's Day, first Monday of February
    [InlineData("IE", null, "2026-03-17")]
    [InlineData("IE", null, "2026-10-26")]
    [InlineData("DE", null, "2026-10-03")]
    [InlineData("DE", null, "2017-10-31")] // Reformation Day 500th anniversary, nationwide once
    [InlineData("DE", "DE-BY", "2026-01-06")]
    [InlineData("DE", "DE-BY", "2026-06-04")] // Corpus Christi
    [InlineData("DE", "DE-BE", "2027-03-08")] // International Women's Day, Berlin only
    [InlineData("DE", "DE-SN", "2026-11-18")] // Repentance Day, Saxony only
    [InlineData("FR", null, "2026-07-14")]
    [InlineData("FR", "FR-57", "2026-04-03")] // Alsace-Moselle keeps Good Friday
    [InlineData("FR", "FR-67", "2026-12-26")]
    [InlineData("ES", null, "2026-10-12")]
    [InlineData("ES", "ES-CT", "2026-09-11")]
    [InlineData("ES", "ES-MD", "2026-04-02")] // Jueves Santo in Madrid
    [InlineData("IT", null, "2026-06-02")]
    [InlineData("IT", null, "2026-04-06")] // Pasquetta
    [InlineData("NL", null, "2026-04-27")] // King's Day
    [InlineData("BE", null, "2026-07-21")]
    [InlineData("PL", null, "2026-11-11")]
    [InlineData("PT", null, "2026-06-10")]
    [InlineData("AT", null, "2026-12-08")]
    [InlineData("SE", null, "2026-06-19")] // Midsummer Eve (de facto off)
    [InlineData("DK", null, "2026-06-05")] // Constitution Day
    [InlineData("CZ", null, "2026-10-28")]
    [InlineData("LV", null, "2026-11-18")]
    [InlineData("LT", null, "2026-02-16")]
    [InlineData("EE", null, "2026-02-24")]
    [InlineData("FI", null, "2027-12-06")] // Independence Day
    [InlineData("NO", null, "2026-05-01")] // a Friday in 2026
    [InlineData("CH", null, "2026-08-01")] // falls on Saturday: still not a working day
    [InlineData("CH", "CH-ZH", "2026-04-06")]
    [InlineData("US", null, "2026-07-03")] // Independence Day observed on Friday
    [InlineData("US", null, "2026-11-26")]
    public void Holiday_is_not_a_working_day(string country, string? subdivision, string date) =>
        Assert.False(Of(country, subdivision).IsWorkingDay(D(date)), $"{date} should be a holiday in {subdivision ?? country}");

    [Theory]
    [InlineData("GB", "GB-SCT", "2026-04-06")] // Easter Monday is not a Scottish bank holiday
    [InlineData("GB", "GB-SCT", "2026-08-31")] // Scotland's summer holiday is in early August
    [InlineData("GB", null, "2026-01-02")]     // 2 January is Scottish only
    [InlineData("GB", null, "2026-06-15")]
    [InlineData("DE", null, "2026-01-06")]     // Epiphany is not nationwide
    [InlineData("DE", "DE-BY", "2027-03-08")]
    [InlineData("FR", null, "2026-04-03")]     // Good Friday only in Alsace-Moselle
    [InlineData("ES", null, "2026-09-11")]
    [InlineData("CH", null, "2026-04-06")]
    [InlineData("US", null, "2026-12-24")]
    public void Regional_day_is_a_working_day_elsewhere(string country, string? subdivision, string date) =>
        Assert.True(Of(country, subdivision).IsWorkingDay(D(date)), $"{date} should be a working day in {subdivision ?? country}");

    [Fact]
    public void Scotland_moves_both_new_year_days_when_they_fall_on_a_weekend()
    {
        var scotland = Of("GB", "GB-SCT");
        Assert.False(scotland.IsWorkingDay(D("2022-01-03")));
        Assert.False(scotland.IsWorkingDay(D("2022-01-04")));
        Assert.True(Of("GB").IsWorkingDay(D("2022-01-04")));
    }

    [Fact]
    public void Weekends_are_not_working_days() =>
        Assert.False(Of("GB").IsWorkingDay(D("2026-11-28")) || Of("GB").IsWorkingDay(D("2026-11-29")));

    [Fact]
    public void Unknown_country_is_rejected_listing_the_supported_ones()
    {
        var e = Assert.Throws<ArgumentException>(() => WorkingCalendars.For(CountryCode.Parse("JP")));
        Assert.Contains("'JP'", e.Message, StringComparison.Ordinal);
        Assert.Contains("GB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Subdivision_without_own_holidays_uses_the_national_calendar() =>
        Assert.Same(Of("ES"), Of("ES", "ES-AN"));

    [Fact]
    public void Calendars_are_cached() => Assert.Same(Of("GB", "GB-SCT"), Of("UK", "UK-SCT"));
}
