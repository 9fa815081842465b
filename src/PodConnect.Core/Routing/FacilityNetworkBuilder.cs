using PodConnect.Domain;
using PodConnect.Sustainability;

namespace PodConnect.Routing;

/// <summary>Builds a <see cref="FacilityNetwork"/> in code: <c>FacilityNetwork.Create("mine").AddFacility(...).Build()</c>.</summary>
public sealed class FacilityNetworkBuilder
{
    private readonly string _name;
    private readonly string _currency;
    private readonly List<Facility> _facilities = [];

    internal FacilityNetworkBuilder(string name, string currency)
    {
        _name = name;
        _currency = currency;
    }

    /// <summary>Adds a facility described by <paramref name="configure"/>.</summary>
    public FacilityNetworkBuilder AddFacility(string id, string provider, CountryCode country, GeoPoint location, string timeZone, Action<FacilityBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new FacilityBuilder(id, provider, country, location, timeZone);
        configure(builder);
        _facilities.Add(builder.Build());
        return this;
    }

    /// <summary>Adds a ready-made facility.</summary>
    public FacilityNetworkBuilder Add(Facility facility)
    {
        ArgumentNullException.ThrowIfNull(facility);
        _facilities.Add(facility);
        return this;
    }

    /// <summary>Validates and returns the network.</summary>
    /// <exception cref="NetworkValidationException">A facility is invalid.</exception>
    public FacilityNetwork Build() => new(_name, _currency, _facilities);
}

/// <summary>Describes one facility for <see cref="FacilityNetworkBuilder.AddFacility"/>.</summary>
public sealed class FacilityBuilder
{
    private readonly string _id;
    private readonly string _provider;
    private readonly CountryCode _country;
    private readonly GeoPoint _location;
    private readonly string _timeZone;
    private readonly List<FacilityProduct> _products = [];
    private readonly List<ShippingLane> _lanes = [];
    private readonly List<DateOnly> _closures = [];
    private readonly List<DateOnly> _extraWorkingDays = [];
    private int _capacity = 1_000;
    private TimeOnly? _cutOff;
    private TimeOnly? _collection;
    private SubdivisionCode? _subdivision;
    private DayOfWeek[]? _workingDays;
    private string? _source;
    private Calendars.WorkingCalendar? _calendar;

    internal FacilityBuilder(string id, string provider, CountryCode country, GeoPoint location, string timeZone)
    {
        _id = id;
        _provider = provider;
        _country = country;
        _location = location;
        _timeZone = timeZone;
    }

    /// <summary>
    /// Makes a product kind in <paramref name="productionDays"/> working days at <paramref name="unitCost"/> a unit,
    /// at most <paramref name="dailyCapacity"/> units of it a day when given (the facility's total applies too).
    /// </summary>
    public FacilityBuilder Makes(ProductKind kind, int productionDays, decimal unitCost, int? dailyCapacity = null)
    {
        _products.Add(new FacilityProduct(kind, productionDays, unitCost, dailyCapacity));
        return this;
    }

    /// <summary>Ships to a country.</summary>
    public FacilityBuilder ShipsTo(CountryCode destination, int transitDays, decimal cost, string? carrier = null, TransportMode mode = TransportMode.Road)
    {
        _lanes.Add(new ShippingLane(destination, transitDays, cost, carrier, mode));
        return this;
    }

    /// <summary>Ships to every European country that has no lane of its own.</summary>
    public FacilityBuilder ShipsToRestOfEurope(int transitDays, decimal cost, string? carrier = null, TransportMode mode = TransportMode.Road)
    {
        _lanes.Add(new ShippingLane(null, transitDays, cost, carrier, mode));
        return this;
    }

    /// <summary>Units it can start per working day (default 1,000).</summary>
    public FacilityBuilder WithDailyCapacity(int units)
    {
        _capacity = units;
        return this;
    }

    /// <summary>Local order cut-off (default 14:00).</summary>
    public FacilityBuilder WithCutOff(TimeOnly localTime)
    {
        _cutOff = localTime;
        return this;
    }

    /// <summary>Local carrier collection time, the predicted dispatch time (default 17:00).</summary>
    public FacilityBuilder WithCollectionAt(TimeOnly localTime)
    {
        _collection = localTime;
        return this;
    }

    /// <summary>Region whose public holidays apply (e.g. <c>GB-SCT</c>).</summary>
    public FacilityBuilder InSubdivision(SubdivisionCode subdivision)
    {
        _subdivision = subdivision;
        return this;
    }

    /// <summary>Production weekdays (default Monday–Friday).</summary>
    public FacilityBuilder WorkingOn(params DayOfWeek[] weekdays)
    {
        _workingDays = weekdays;
        return this;
    }

    /// <summary>Days the facility does not produce.</summary>
    public FacilityBuilder ClosedOn(params DateOnly[] days)
    {
        _closures.AddRange(days);
        return this;
    }

    /// <summary>Days the facility produces although its calendar says otherwise.</summary>
    public FacilityBuilder OpenOn(params DateOnly[] days)
    {
        _extraWorkingDays.AddRange(days);
        return this;
    }

    /// <summary>A ready-made production calendar (overrides weekdays, closures and public holidays).</summary>
    public FacilityBuilder WithCalendar(Calendars.WorkingCalendar calendar)
    {
        _calendar = calendar;
        return this;
    }

    /// <summary>Where the figures come from.</summary>
    public FacilityBuilder WithSource(string source)
    {
        _source = source;
        return this;
    }

    internal Facility Build() => new(
        _id, _provider, _country, _location, _timeZone, [.. _products], [.. _lanes], _capacity, _cutOff, _collection,
        _subdivision, _workingDays, [.. _closures], [.. _extraWorkingDays], _source, _calendar);
}
