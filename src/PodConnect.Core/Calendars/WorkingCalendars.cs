using System.Collections.Concurrent;
using PodConnect.Domain;

namespace PodConnect.Calendars;

/// <summary>
/// The built-in Monday–Friday working calendars per country and subdivision, built once and
/// shared. For any other rule (Saturdays, closures) use <see cref="WorkingCalendarBuilder"/>.
/// </summary>
public static class WorkingCalendars
{
    private static readonly ConcurrentDictionary<string, Lazy<WorkingCalendar>> Cache = new(StringComparer.Ordinal);

    /// <summary>
    /// The calendar of a country, or of a subdivision where its holidays differ (GB-SCT, DE-BY…).
    /// A subdivision without holidays of its own gets its country's calendar. Great Britain without a
    /// subdivision means England and Wales.
    /// </summary>
    /// <exception cref="ArgumentException">The country has no built-in holidays.</exception>
    public static WorkingCalendar For(CountryCode country, SubdivisionCode? subdivision = null)
    {
        if (subdivision is { IsDefault: false } sub && !HolidaySources.HasOwnHolidays(sub))
        {
            subdivision = null;
        }

        var key = subdivision is { IsDefault: false } s ? s.Value : country.Value;
        return Cache.GetOrAdd(key, _ => new Lazy<WorkingCalendar>(() => new WorkingCalendarBuilder(country, subdivision).Build())).Value;
    }
}
