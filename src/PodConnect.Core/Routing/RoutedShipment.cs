using PodConnect.Domain;

namespace PodConnect.Routing;

/// <summary>One facility's part of a decision: which items it makes, when it starts and dispatches, what it costs.</summary>
public readonly struct RoutedShipment
{
    private readonly long _dispatchUtcTicks;
    private readonly long _offsetTicks;
    private readonly long _deadlineUtcTicks;
    private readonly long _costCents;
    private readonly int _startDay;
    private readonly int _deliveryDay;
    private readonly string _currency;

    internal RoutedShipment(
        FacilityData facility,
        int destination,
        int[]? itemIndexes,
        int startDay,
        long dispatchUtcTicks,
        TimeSpan dispatchOffset,
        int deliveryDay,
        long deadlineUtcTicks,
        long costCents,
        double co2eKg,
        string currency)
    {
        Facility = facility.Source;
        FacilityIndex = facility.Index;
        Lane = facility.Lanes[destination];
        IsLocal = facility.OwnCountryDestination == destination;
        ItemIndexes = itemIndexes;
        _startDay = startDay;
        _dispatchUtcTicks = dispatchUtcTicks;
        _offsetTicks = dispatchOffset.Ticks;
        _deliveryDay = deliveryDay;
        _deadlineUtcTicks = deadlineUtcTicks;
        _costCents = costCents;
        Co2eKg = co2eKg;
        _currency = currency;
    }

    /// <summary>The facility.</summary>
    public Facility Facility { get; }

    /// <summary>Its index in the compiled network.</summary>
    public int FacilityIndex { get; }

    /// <summary>The lane it ships on.</summary>
    public ShippingLane? Lane { get; }

    /// <summary>Indexes into <see cref="Order.Items"/> this facility makes, or <c>null</c> for all of them.</summary>
    public IReadOnlyList<int>? ItemIndexes { get; }

    /// <summary>Provider key.</summary>
    public string Provider => Facility.Provider;

    /// <summary>Country of production.</summary>
    public CountryCode ProductionCountry => Facility.Country;

    /// <summary>Whether production is in the buyer's country.</summary>
    public bool IsLocal { get; }

    /// <summary>Predicted production start day (facility-local date).</summary>
    public DateOnly ProductionStart => DateOnly.FromDayNumber(_startDay);

    /// <summary>Predicted dispatch: ready to ship, with tracking, at the facility's collection time (in its local offset).</summary>
    public DateTimeOffset PredictedDispatch => new DateTimeOffset(_dispatchUtcTicks + _offsetTicks, new TimeSpan(_offsetTicks));

    /// <summary>Predicted delivery day: dispatch day plus the lane's transit working days in the destination's calendar.</summary>
    public DateOnly PredictedDelivery => DateOnly.FromDayNumber(_deliveryDay);

    /// <summary>Time from predicted dispatch to the deadline; negative when late.</summary>
    public TimeSpan Slack => new(_deadlineUtcTicks - _dispatchUtcTicks);

    /// <summary>Whether it dispatches after the deadline.</summary>
    public bool IsLate => _dispatchUtcTicks > _deadlineUtcTicks;

    /// <summary>Products plus shipping.</summary>
    public Money Cost => new(FacilityData.FromCents(_costCents), _currency);

    /// <summary>Estimated kg CO2e of the parcel's transport (NaN when the destination has no known point).</summary>
    public double Co2eKg { get; }

    internal long DispatchUtcTicks => _dispatchUtcTicks;

    internal long CostCents => _costCents;

    /// <inheritdoc />
    public override string ToString() => Facility is null ? "(none)" : $"{Facility.Id} dispatch {PredictedDispatch:yyyy-MM-dd HH:mm zzz}";
}
