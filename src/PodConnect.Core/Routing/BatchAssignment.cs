using PodConnect.Domain;

namespace PodConnect.Routing;

/// <summary>What the batch router did with one order.</summary>
public enum BatchStatus
{
    /// <summary>Not placed; see <see cref="BatchAssignment.Reason"/>.</summary>
    Unplaced = 0,

    /// <summary>Placed; predicted to dispatch before the deadline.</summary>
    OnTime = 1,

    /// <summary>Placed, but no on-time option had capacity left; dispatch is predicted after the deadline.</summary>
    Late = 2,
}

/// <summary>One order's place in a batch: facility, production day, predicted dispatch, cost, CO2e.</summary>
public readonly struct BatchAssignment
{
    private readonly Facility? _facility;
    private readonly long _dispatchUtcTicks;
    private readonly long _offsetTicks;
    private readonly long _costCents;
    private readonly string? _currency;

    internal BatchAssignment(BatchStatus status, string? reason, DateTimeOffset deadline)
    {
        Status = status;
        Reason = reason;
        Deadline = deadline;
        FacilityIndex = -1;
    }

    internal BatchAssignment(BatchStatus status, FacilityData facility, int startDay, long dispatchUtcTicks, TimeSpan offset, DateTimeOffset deadline, long costCents, double co2eKg, string currency, string? reason)
    {
        Status = status;
        _facility = facility.Source;
        FacilityIndex = facility.Index;
        ProductionStart = DateOnly.FromDayNumber(startDay);
        _dispatchUtcTicks = dispatchUtcTicks;
        _offsetTicks = offset.Ticks;
        Deadline = deadline;
        _costCents = costCents;
        Co2eKg = co2eKg;
        _currency = currency;
        Reason = reason;
    }

    /// <summary>On time, late or unplaced.</summary>
    public BatchStatus Status { get; }

    /// <summary>Why the order is late or unplaced; <c>null</c> when on time.</summary>
    public string? Reason { get; }

    /// <summary>The facility, or <c>null</c> when unplaced.</summary>
    public Facility? Facility => _facility;

    /// <summary>Index of the facility in the compiled network, or -1.</summary>
    public int FacilityIndex { get; }

    /// <summary>The production day the order's units are booked on.</summary>
    public DateOnly ProductionStart { get; }

    /// <summary>Predicted dispatch (facility-local offset); default when unplaced.</summary>
    public DateTimeOffset PredictedDispatch => _facility is null ? default : new DateTimeOffset(_dispatchUtcTicks + _offsetTicks, new TimeSpan(_offsetTicks));

    /// <summary>The order's ready-to-ship deadline.</summary>
    public DateTimeOffset Deadline { get; }

    /// <summary>Products plus shipping; zero when unplaced.</summary>
    public Money Cost => new(FacilityData.FromCents(_costCents), _currency ?? "EUR");

    /// <summary>Estimated kg CO2e; 0 when unplaced.</summary>
    public double Co2eKg { get; }

    internal long CostCents => _costCents;

    /// <inheritdoc />
    public override string ToString() => _facility is null ? $"{Status}: {Reason}" : $"{Status}: {_facility.Id} on {ProductionStart:yyyy-MM-dd}, dispatch {PredictedDispatch:yyyy-MM-dd HH:mm zzz}";
}
