using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using PodConnect.Calendars;
using PodConnect.Domain;
using PodConnect.Sustainability;

namespace PodConnect.Routing;

/// <summary>
/// A <see cref="FacilityNetwork"/> compiled for routing: facilities numbered 0..n-1, product kinds
/// and destinations numbered, per facility flat arrays of production days, costs (in minor units),
/// transit days and CO2e factors, production calendars placed in their time zones, and per
/// (destination, kind) the list of facilities that can serve it. Immutable and thread-safe; build it
/// once with <see cref="FacilityNetwork.Compile"/> and share it between routers and threads.
/// </summary>
public sealed class CompiledNetwork
{
    private readonly int[] _destinationByCountry = new int[26 * 26];
    private readonly Dictionary<ProductKind, int> _kindIndex = [];
    private readonly Dictionary<string, int> _facilityIndex = new(StringComparer.Ordinal);
    private readonly List<string> _warnings = [];

    internal CompiledNetwork(FacilityNetwork network, Co2eEstimator co2e, ParcelWeights weights)
    {
        Source = network;
        Co2e = co2e;
        Weights = weights;

        var kinds = new List<ProductKind>();
        foreach (var f in network.Facilities)
        {
            foreach (var p in f.Products)
            {
                if (_kindIndex.TryAdd(p.Kind, kinds.Count))
                {
                    kinds.Add(p.Kind);
                }
            }
        }

        ProductKinds = kinds;
        KilogramsByKind = [.. kinds.Select(weights.KilogramsPerUnit)];

        Array.Fill(_destinationByCountry, -1);
        var destinations = new List<CountryCode>();
        void AddDestination(CountryCode c)
        {
            ref var slot = ref _destinationByCountry[Slot(c)];
            if (slot < 0)
            {
                slot = destinations.Count;
                destinations.Add(c);
            }
        }

        foreach (var c in EuropeanCountries.All)
        {
            AddDestination(c);
        }

        foreach (var f in network.Facilities)
        {
            foreach (var lane in f.Lanes)
            {
                if (lane.Destination is { } d)
                {
                    AddDestination(d);
                }
            }
        }

        Destinations = destinations;
        // Delivery estimates only: a destination without holiday data quietly counts Monday–Friday.
        DestinationCalendars = [.. destinations.Select(d => CalendarFor(d, null, null))];

        Facilities = new FacilityData[network.Facilities.Count];
        for (var i = 0; i < Facilities.Length; i++)
        {
            var f = network.Facilities[i];
            _facilityIndex[f.Id] = i;
            var calendar = f.Calendar ?? ProductionCalendar(f);
            Facilities[i] = new FacilityData(this, f, i, ZoneFor(calendar, f.TimeZone, f.CutOff));
        }

        var candidates = new int[destinations.Count * kinds.Count][];
        for (var d = 0; d < destinations.Count; d++)
        {
            for (var k = 0; k < kinds.Count; k++)
            {
                candidates[(d * kinds.Count) + k] = [.. Facilities.Where(f => f.ProductionDays[k] > 0 && f.TransitDays[d] >= 0).Select(f => f.Index)];
            }
        }

        Candidates = candidates;
        var zoneIndex = new Dictionary<ZonedCalendar, int>(ReferenceEqualityComparer.Instance);
        foreach (var f in Facilities)
        {
            if (!zoneIndex.TryGetValue(f.Zone, out var z))
            {
                z = zoneIndex.Count;
                zoneIndex.Add(f.Zone, z);
            }

            f.ZoneIndex = z;
        }

        ZoneCount = zoneIndex.Count;
    }

    /// <summary>Number of distinct zoned production calendars.</summary>
    internal int ZoneCount { get; }

    /// <summary>The network this was compiled from.</summary>
    public FacilityNetwork Source { get; }

    /// <summary>ISO 4217 currency of every cost.</summary>
    public string Currency => Source.Currency;

    /// <summary>Number of facilities.</summary>
    public int FacilityCount => Facilities.Length;

    /// <summary>Product kinds made anywhere in the network.</summary>
    public IReadOnlyList<ProductKind> ProductKinds { get; }

    /// <summary>Destination countries some facility ships to.</summary>
    public IReadOnlyList<CountryCode> Destinations { get; }

    /// <summary>The CO2e model.</summary>
    public Co2eEstimator Co2e { get; }

    /// <summary>The parcel weights.</summary>
    public ParcelWeights Weights { get; }

    /// <summary>Things a person should know, e.g. a facility whose country has no public-holiday data.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    internal FacilityData[] Facilities { get; }

    internal double[] KilogramsByKind { get; }

    internal WorkingCalendar[] DestinationCalendars { get; }

    // Indexed by destination * kinds + kind: facilities that make the kind and ship to the destination, in network order.
    internal int[][] Candidates { get; }

    /// <summary>The facility with a given index (0..<see cref="FacilityCount"/>-1).</summary>
    public Facility Facility(int index) => Facilities[index].Source;

    /// <summary>The index of a facility id, or -1.</summary>
    public int IndexOf(string facilityId) => _facilityIndex.TryGetValue(facilityId, out var i) ? i : -1;

    /// <summary>The production calendar of a facility, in its time zone with its cut-off.</summary>
    public ZonedCalendar ProductionCalendar(int index) => Facilities[index].Zone;

    internal int DestinationIndex(CountryCode country) => country.IsDefault ? -1 : _destinationByCountry[Slot(country)];

    internal int KindIndex(ProductKind kind) => _kindIndex.TryGetValue(kind, out var i) ? i : -1;

    internal int[] CandidatesFor(int destination, int kind) => Candidates[(destination * ProductKinds.Count) + kind];

    internal static int Slot(CountryCode c) => ((c.Value[0] - 'A') * 26) + (c.Value[1] - 'A');

    // Placing a calendar in a zone precomputes decades of day offsets, so zones are shared between
    // facilities and compilations for as long as their calendar lives.
    private static readonly ConditionalWeakTable<WorkingCalendar, ConcurrentDictionary<(string, TimeOnly), ZonedCalendar>> Zones = new();

    // Calendars that differ from the country's only by weekdays (e.g. Saturday production) are few; share them.
    private static readonly ConcurrentDictionary<string, WorkingCalendar> WeekdayCalendars = new(StringComparer.Ordinal);

    private static ZonedCalendar ZoneFor(WorkingCalendar calendar, string timeZone, TimeOnly cutOff) =>
        Zones.GetValue(calendar, _ => new ConcurrentDictionary<(string, TimeOnly), ZonedCalendar>())
            .GetOrAdd((timeZone, cutOff), key => new ZonedCalendar(calendar, key.Item1, key.Item2));

    private WorkingCalendar ProductionCalendar(Facility f)
    {
        var standard = f.WorkingDays.Count == 5 && !f.WorkingDays.Contains(DayOfWeek.Saturday) && !f.WorkingDays.Contains(DayOfWeek.Sunday);
        if (standard && f.Closures.Count == 0 && f.ExtraWorkingDays.Count == 0)
        {
            return CalendarFor(f.Country, f.Subdivision, $"facility {f.Id}");
        }

        var weekdaysOnly = f.Closures.Count == 0 && f.ExtraWorkingDays.Count == 0;
        var key = $"{f.Country}|{f.Subdivision}|{string.Join(",", f.WorkingDays.Order())}";
        if (weekdaysOnly && WeekdayCalendars.TryGetValue(key, out var shared))
        {
            return shared;
        }

        WorkingCalendarBuilder builder;
        try
        {
            builder = new WorkingCalendarBuilder(f.Country, f.Subdivision);
        }
        catch (ArgumentException)
        {
            _warnings.Add($"facility {f.Id}: no public-holiday data for {f.Subdivision?.ToString() ?? f.Country.Value}; only its weekdays and closures count.");
            builder = new WorkingCalendarBuilder();
        }

        var calendar = builder
            .WithWorkingDays([.. f.WorkingDays])
            .AddClosure([.. f.Closures])
            .AddWorkingDay([.. f.ExtraWorkingDays])
            .Named(weekdaysOnly ? $"{f.Subdivision?.ToString() ?? f.Country.Value} ({string.Join(",", f.WorkingDays.Order())})" : $"{f.Id} production days")
            .Build();
        return weekdaysOnly ? WeekdayCalendars.GetOrAdd(key, calendar) : calendar;
    }

    private WorkingCalendar CalendarFor(CountryCode country, SubdivisionCode? subdivision, string? who)
    {
        try
        {
            return WorkingCalendars.For(country, subdivision);
        }
        catch (ArgumentException)
        {
            if (who is not null)
            {
                _warnings.Add($"{who}: no public-holiday data for {subdivision?.ToString() ?? country.Value}; Monday–Friday without holidays is used.");
            }

            return FallbackCalendar.Value;
        }
    }

    private static readonly Lazy<WorkingCalendar> FallbackCalendar = new(() => new WorkingCalendarBuilder().Named("Mon–Fri, no holidays").Build());
}
