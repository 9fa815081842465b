using PodConnect.Domain;

namespace PodConnect.Routing;

/// <summary>One facility's part of a decision: which items it makes, when it starts and dispatches, what it costs.</summary>
public readonly struct RoutedShipment
{
    // What routing computed, nothing more: the facility's flat data and the day numbers. The facility,
    // lane, locality and the dispatch's UTC offset are looked up when read, so that building a decision
    // on the hot path costs a few stores (the offset alone took two calendar reads and two DateTimeOffsets).
    private readonly FacilityData _data;
    private readonly int[]? _itemIndexes;
    private readonly long _dispatchUtcTicks;
    private readonly long _deadlineUtcTicks;
    private readonly long _costCents;
    private readonly int _destination;
    private readonly int _startDay;
    private readonly int _dispatchDay;
    private readonly int _deliveryDay;
    private readonly string _currency;

    internal RoutedShipment(
        FacilityData facility,
        int destination,
        int[]? itemIndexes,
        int startDay,
        int dispatchDay,
        long dispatchUtcTicks,
        int deliveryDay,
        long deadlineUtcTicks,
        long costCents,
        double co2eKg,
        string currency)
    {
        _data = facility;
        _destination = destination;
        _itemIndexes = itemIndexes;
        _startDay = startDay;
        _dispatchDay = dispatchDay;
        _dispatchUtcTicks = dispatchUtcTicks;
        _deliveryDay = deliveryDay;
        _deadlineUtcTicks = deadlineUtcTicks;
        _costCents = costCents;
        Co2eKg = co2eKg;
        _currency = currency;
    }

    /// <summary>The facility.</summary>
    public Facility Facility => _data?.Source!;

    /// <summary>Its index in the compiled network.</summary>
    public int FacilityIndex => _data is null ? 0 : _data.Index;

    /// <summary>The lane it ships on.</summary>
    public ShippingLane? Lane => _data?.Lanes[_destination];

    /// <summary>Indexes into <see cref="Order.Items"/> this facility makes, or <c>null</c> for all of them.</summary>
    public IReadOnlyList<int>? ItemIndexes => _itemIndexes;

    /// <summary>Provider key.</summary>
    public string Provider => Facility.Provider;

    /// <summary>Country of production.</summary>
    public CountryCode ProductionCountry => Facility.Country;

    /// <summary>Whether production is in the buyer's country.</summary>
    public bool IsLocal => _data is not null && _data.OwnCountryDestination == _destination;

    /// <summary>Predicted production start day (facility-local date).</summary>
    public DateOnly ProductionStart => DateOnly.FromDayNumber(_startDay);

    /// <summary>Predicted dispatch: ready to ship, with tracking, at the facility's collection time (in its local offset).</summary>
    public DateTimeOffset PredictedDispatch
    {
        get
        {
            var offset = _data is null ? TimeSpan.Zero : _data.OffsetAt(_dispatchDay, _dispatchUtcTicks);
            return new DateTimeOffset(_dispatchUtcTicks + offset.Ticks, offset);
        }
    }

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
