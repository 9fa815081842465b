using PodConnect.Calendars;
using PodConnect.Domain;
using PodConnect.Sustainability;

namespace PodConnect.Routing;

/// <summary>
/// One production location of one provider: where it is, when it works, what it makes, how much a
/// day, and how it ships. Immutable. Build one with <see cref="FacilityNetworkBuilder"/> or load
/// it from network JSON; <see cref="FacilityNetwork"/> validates it.
/// </summary>
public sealed class Facility
{
    /// <summary>Collection time used when none is given: 17:00 local.</summary>
    public static readonly TimeOnly DefaultCollectionTime = new(17, 0);

    /// <summary>Order cut-off used when none is given: 14:00 local.</summary>
    public static readonly TimeOnly DefaultCutOff = new(14, 0);

    /// <summary>Creates a facility (validated when added to a <see cref="FacilityNetwork"/>).</summary>
    /// <param name="id">Unique id in the network, e.g. <c>printful-es-barcelona</c>.</param>
    /// <param name="provider">Provider key, lower case, e.g. <c>gelato</c>.</param>
    /// <param name="country">Country of production.</param>
    /// <param name="location">Coordinates, for distance and CO2e.</param>
    /// <param name="timeZone">IANA time zone, e.g. <c>Europe/Madrid</c>.</param>
    /// <param name="products">What it makes.</param>
    /// <param name="lanes">Where it ships.</param>
    /// <param name="dailyCapacity">Units it can start per working day.</param>
    /// <param name="cutOff">Local time after which an order starts the next working day (default 14:00).</param>
    /// <param name="collectionTime">Local time the carrier collects: the predicted dispatch time (default 17:00).</param>
    /// <param name="subdivision">Region, where its holidays differ (e.g. <c>ES-CT</c>).</param>
    /// <param name="workingDays">Production weekdays (default Monday–Friday).</param>
    /// <param name="closures">Extra days it does not produce (shutdowns, local holidays).</param>
    /// <param name="extraWorkingDays">Days it produces although the calendar says otherwise (e.g. a peak-season Saturday).</param>
    /// <param name="source">Where the figures come from, for people.</param>
    /// <param name="calendar">A ready-made production calendar; overrides <paramref name="workingDays"/>, closures and public holidays.</param>
    public Facility(
        string id,
        string provider,
        CountryCode country,
        GeoPoint location,
        string timeZone,
        IReadOnlyList<FacilityProduct> products,
        IReadOnlyList<ShippingLane> lanes,
        int dailyCapacity,
        TimeOnly? cutOff = null,
        TimeOnly? collectionTime = null,
        SubdivisionCode? subdivision = null,
        IReadOnlyList<DayOfWeek>? workingDays = null,
        IReadOnlyList<DateOnly>? closures = null,
        IReadOnlyList<DateOnly>? extraWorkingDays = null,
        string? source = null,
        WorkingCalendar? calendar = null)
    {
        Id = id ?? string.Empty;
        Provider = provider ?? string.Empty;
        Country = country;
        Location = location;
        TimeZone = timeZone ?? string.Empty;
        Products = products ?? [];
        Lanes = lanes ?? [];
        DailyCapacity = dailyCapacity;
        CutOff = cutOff ?? DefaultCutOff;
        CollectionTime = collectionTime ?? DefaultCollectionTime;
        Subdivision = subdivision is { IsDefault: false } s ? s : null;
        WorkingDays = workingDays ?? [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
        Closures = closures ?? [];
        ExtraWorkingDays = extraWorkingDays ?? [];
        Source = source;
        Calendar = calendar;
    }

    /// <summary>Unique id in the network.</summary>
    public string Id { get; }

    /// <summary>Provider key, e.g. <c>gelato</c>, <c>printful</c>, <c>prodigi</c>, <c>printify</c>.</summary>
    public string Provider { get; }

    /// <summary>Country of production.</summary>
    public CountryCode Country { get; }

    /// <summary>Region, where its public holidays differ from the country's.</summary>
    public SubdivisionCode? Subdivision { get; }

    /// <summary>Coordinates.</summary>
    public GeoPoint Location { get; }

    /// <summary>IANA time zone.</summary>
    public string TimeZone { get; }

    /// <summary>Local time after which an order starts production the next working day.</summary>
    public TimeOnly CutOff { get; }

    /// <summary>Local time the carrier collects; a parcel made that day is dispatched (ready to ship, tracked) then.</summary>
    public TimeOnly CollectionTime { get; }

    /// <summary>Production weekdays.</summary>
    public IReadOnlyList<DayOfWeek> WorkingDays { get; }

    /// <summary>Extra non-working days.</summary>
    public IReadOnlyList<DateOnly> Closures { get; }

    /// <summary>Extra working days.</summary>
    public IReadOnlyList<DateOnly> ExtraWorkingDays { get; }

    /// <summary>A ready-made production calendar, when given in code; otherwise built from country, subdivision, weekdays and closures.</summary>
    public WorkingCalendar? Calendar { get; }

    /// <summary>Units it can start per working day.</summary>
    public int DailyCapacity { get; }

    /// <summary>What it makes.</summary>
    public IReadOnlyList<FacilityProduct> Products { get; }

    /// <summary>Where it ships.</summary>
    public IReadOnlyList<ShippingLane> Lanes { get; }

    /// <summary>Where the figures come from.</summary>
    public string? Source { get; }

    /// <summary>The product entry for a kind, or <c>null</c> when it does not make it.</summary>
    public FacilityProduct? FindProduct(ProductKind kind)
    {
        foreach (var p in Products)
        {
            if (p.Kind == kind)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>The lane to a destination: its own, else the rest-of-Europe rule where it applies, else <c>null</c>.</summary>
    public ShippingLane? FindLane(CountryCode destination)
    {
        ShippingLane? europe = null;
        foreach (var lane in Lanes)
        {
            if (lane.Destination == destination)
            {
                return lane;
            }

            if (lane.IsRestOfEurope)
            {
                europe = lane;
            }
        }

        return europe is not null && EuropeanCountries.Contains(destination) ? europe : null;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Provider}, {Country})";
}
