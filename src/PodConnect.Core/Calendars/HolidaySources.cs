using PodConnect.Domain;
using PublicHoliday;

namespace PodConnect.Calendars;

/// <summary>
/// Public holidays per country and subdivision, from the MIT-licensed, offline <c>PublicHoliday</c>
/// package (martinjw/Holiday), plus a few Spanish regional days it does not carry.
/// </summary>
public static class HolidaySources
{
    private static readonly Dictionary<string, Func<PublicHolidayBase>> Countries = new(StringComparer.Ordinal)
    {
        ["GB"] = () => new UKBankHoliday(UKBankHoliday.UkCountries.England),
        ["IE"] = () => new IrelandPublicHoliday(),
        ["ES"] = () => new SpainPublicHoliday(),
        ["DE"] = () => new GermanPublicHoliday(),
        ["FR"] = () => new FrancePublicHoliday(),
        ["IT"] = () => new ItalyPublicHoliday(),
        ["NL"] = () => new DutchPublicHoliday(),
        ["BE"] = () => new BelgiumPublicHoliday(),
        ["PL"] = () => new PolandPublicHoliday(),
        ["PT"] = () => new PortugalPublicHoliday(),
        ["AT"] = () => new AustriaPublicHoliday(),
        ["SE"] = () => new SwedenPublicHoliday(),
        ["DK"] = () => new DenmarkPublicHoliday(),
        ["CZ"] = () => new CzechRepublicPublicHoliday(),
        ["LV"] = () => new LatviaPublicHoliday(),
        ["LT"] = () => new LithuaniaPublicHoliday(),
        ["EE"] = () => new EstoniaPublicHoliday(),
        ["FI"] = () => new FinlandPublicHoliday(),
        ["NO"] = () => new NorwayPublicHoliday(),
        ["CH"] = () => new SwitzerlandPublicHoliday(false, false, false) { Canton = SwitzerlandPublicHoliday.Cantons.OnlyOfficial },
        ["US"] = () => new USAPublicHoliday(),
        ["LU"] = () => new LuxembourgPublicHoliday(),
        ["HU"] = () => new HungaryPublicHoliday(),
        ["SK"] = () => new SlovakiaPublicHoliday(),
        ["SI"] = () => new SloveniaPublicHoliday(),
        ["HR"] = () => new CroatiaPublicHoliday(),
        ["GR"] = () => new GreecePublicHoliday(),
        ["RO"] = () => new RomanianPublicHoliday(),
    };

    /// <summary>Countries with built-in public holidays.</summary>
    public static IReadOnlyCollection<string> SupportedCountries { get; } = Countries.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Subdivisions with holidays of their own: GB-ENG, GB-WLS, GB-SCT, GB-NIR; the 16 German states
    /// (DE-BW … DE-TH); the Swiss cantons (CH-ZH …); Alsace-Moselle (FR-57, FR-67, FR-68, FR-6AE);
    /// Catalonia (ES-CT) and Madrid (ES-MD).
    /// </summary>
    public static bool HasOwnHolidays(SubdivisionCode subdivision) => SubdivisionSource(subdivision) is not null;

    /// <summary>
    /// The public holidays of a year in a country, or in a subdivision where it has its own. A
    /// subdivision without data of its own gets the national holidays.
    /// </summary>
    /// <exception cref="ArgumentException">The country has no built-in holidays.</exception>
    public static IEnumerable<DateOnly> For(CountryCode country, SubdivisionCode? subdivision, int year)
    {
        var source = subdivision is { } sub ? SubdivisionSource(sub) : null;
        if (source is not null)
        {
            return source(year);
        }

        if (!Countries.TryGetValue(country.Value, out var factory))
        {
            throw new ArgumentException(
                $"No built-in public holidays for country '{country}'. Supported: {string.Join(", ", SupportedCountries)}. " +
                "Use WorkingCalendarBuilder.WithHolidays(...) to supply your own.",
                nameof(country));
        }

        return FromLibrary(factory, year);
    }

    private static Func<int, IEnumerable<DateOnly>>? SubdivisionSource(SubdivisionCode subdivision) => (subdivision.Country.Value, subdivision.Local) switch
    {
        ("GB", "ENG" or "WLS") => y => FromLibrary(() => new UKBankHoliday(UKBankHoliday.UkCountries.England), y),
        ("GB", "SCT") => y => FromLibrary(() => new UKBankHoliday(UKBankHoliday.UkCountries.Scotland), y),
        ("GB", "NIR") => y => FromLibrary(() => new UKBankHoliday(UKBankHoliday.UkCountries.NorthernIreland), y),
        ("DE", var s) when Enum.TryParse<GermanPublicHoliday.States>(s, out var state) && state != GermanPublicHoliday.States.ALL =>
            y => FromLibrary(() => new GermanPublicHoliday { State = state }, y),
        ("CH", var c) when Enum.TryParse<SwitzerlandPublicHoliday.Cantons>(c, out var canton) && canton is not (SwitzerlandPublicHoliday.Cantons.ALL or SwitzerlandPublicHoliday.Cantons.OnlyOfficial) =>
            y => FromLibrary(() => new SwitzerlandPublicHoliday(false, false, false) { Canton = canton }, y),
        ("FR", "57" or "67" or "68" or "6AE") => y => FromLibrary(() => new FrancePublicHoliday { Region = FrancePublicHoliday.Regions.AlsaceMoselle }, y),
        ("ES", "CT") => y => FromLibrary(() => new SpainPublicHoliday(), y).Concat(SpanishRegionalDays.Catalonia(y)),
        ("ES", "MD") => y => FromLibrary(() => new SpainPublicHoliday(), y).Concat(SpanishRegionalDays.Madrid(y)),
        _ => null,
    };

    private static IEnumerable<DateOnly> FromLibrary(Func<PublicHolidayBase> factory, int year) =>
        factory().PublicHolidays(year).Select(DateOnly.FromDateTime);
}
