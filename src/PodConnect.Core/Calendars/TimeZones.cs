using System.Text.RegularExpressions;

namespace PodConnect.Calendars;

/// <summary>
/// Looks up an IANA time zone from untrusted text (a network file, a scenario, a request). The system
/// lookup reads files under the zoneinfo folder, so a name such as <c>Europe</c> (a folder) or
/// <c>../x</c> ends in an I/O or security exception rather than "not found"; here every bad name is the
/// same clear <see cref="ArgumentException"/>.
/// </summary>
public static partial class TimeZones
{
    /// <summary>The zone named <paramref name="id"/>, or <see langword="false"/> when there is none on this machine.</summary>
    public static bool TryFind(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64 || !IanaId().IsMatch(id) || id.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
#pragma warning disable CA1031 // Any failure of the system lookup means "no such zone" to the caller.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    /// <summary>The zone named <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">No such zone on this machine; the message says how to name one.</exception>
    public static TimeZoneInfo Find(string id) =>
        TryFind(id, out var zone)
            ? zone
            : throw new ArgumentException(
                $"Time zone '{id}' is not known on this machine. Use an IANA id such as Europe/London, and make sure tzdata is installed (Alpine containers lack it).",
                nameof(id));

    [GeneratedRegex(@"^[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IanaId();

    /// <summary>
    /// An upper bound on how far a zone's UTC offset ever strays from its base offset (its historical
    /// changes and daylight saving either way), plus an hour to spare: for bounds used only to prune or
    /// to skip work, never to compute times.
    /// </summary>
    internal static TimeSpan MaxOffsetShift(TimeZoneInfo zone)
    {
        var rules = zone.GetAdjustmentRules();
        return (rules.Length == 0 ? TimeSpan.Zero : rules.Max(r => r.BaseUtcOffsetDelta.Duration() + r.DaylightDelta.Duration())) + TimeSpan.FromHours(1);
    }
}
