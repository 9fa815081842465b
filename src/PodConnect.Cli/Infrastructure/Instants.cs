using System.Globalization;

namespace PodConnect.Cli.Infrastructure;

/// <summary>Reads and writes ISO 8601 instants. An instant without an offset is refused: it would be read in some zone by guess.</summary>
internal static class Instants
{
    public static bool TryParse(string text, out DateTimeOffset instant)
    {
        instant = default;
        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var probe)
            && probe.Kind != DateTimeKind.Unspecified
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

    public static string Format(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);
}
