using PodConnect.Domain;

namespace PodConnect.Routing;

/// <summary>The outcome of <see cref="Router.RouteBatch(IReadOnlyList{Order}, DateTimeOffset, in RoutingConditions)"/>: one assignment per order, in input order, and totals.</summary>
public sealed class BatchResult
{
    private readonly BatchAssignment[] _assignments;
    private readonly int[] _booked;
    private readonly int _horizon;

    internal BatchResult(BatchAssignment[] assignments, int[] booked, int horizon, string currency)
    {
        _assignments = assignments;
        _booked = booked;
        _horizon = horizon;
        long cents = 0;
        foreach (var a in assignments)
        {
            switch (a.Status)
            {
                case BatchStatus.OnTime: OnTime++; break;
                case BatchStatus.Late: Late++; break;
                default: Unplaced++; break;
            }

            cents += a.CostCents;
            TotalCo2eKg += double.IsNaN(a.Co2eKg) ? 0 : a.Co2eKg;
        }

        TotalCost = new Money(FacilityData.FromCents(cents), currency);
    }

    /// <summary>One assignment per input order, same order.</summary>
    public IReadOnlyList<BatchAssignment> Assignments => _assignments;

    /// <summary>Orders predicted on time.</summary>
    public int OnTime { get; }

    /// <summary>Orders placed late (no on-time option had capacity).</summary>
    public int Late { get; }

    /// <summary>Orders not placed (no facility can make them, or no capacity within the horizon).</summary>
    public int Unplaced { get; }

    /// <summary>Total cost of the placed orders.</summary>
    public Money TotalCost { get; }

    /// <summary>Total estimated kg CO2e of the placed orders.</summary>
    public double TotalCo2eKg { get; }

    /// <summary>Working days ahead of each facility's start day the batch could use.</summary>
    public int HorizonDays => _horizon;

    /// <summary>Units booked at a facility on its <paramref name="workingDayOffset"/>-th working day from the start (0 = first).</summary>
    public int UnitsBooked(int facility, int workingDayOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDayOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(workingDayOffset, _horizon);
        return _booked[(facility * _horizon) + workingDayOffset];
    }

    /// <inheritdoc />
    public override string ToString() => $"{_assignments.Length} orders: {OnTime} on time, {Late} late, {Unplaced} unplaced, {TotalCost}";
}
