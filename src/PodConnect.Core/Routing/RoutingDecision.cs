using System.Diagnostics.CodeAnalysis;
using PodConnect.Domain;
using PodConnect.Sla;

namespace PodConnect.Routing;

/// <summary>
/// Where an order goes, when it is predicted to dispatch and deliver, and at what cost and CO2e. A
/// value type: routing a single-facility order allocates nothing. Every member is defined for every
/// outcome: what only a routed order has (facility, dispatch, slack, cost…) is <c>null</c> when
/// <see cref="IsRouted"/> is false, and the compiler knows it. Ask <see cref="Router.Explain(Order, DateTimeOffset, in RoutingConditions)"/> for the
/// reasons every other facility lost.
/// </summary>
public readonly struct RoutingDecision
{
    private readonly RoutedShipment[]? _split;
    private readonly RoutedShipment _primary;
    private readonly string? _problem;

    // The delivery deadline as the order stated it, or else the market's rule and last local day:
    // the DateTimeOffset is built when read, not on the hot path. The router may not have needed the
    // day at all (the chosen facility delivers before any day the rule could give): then it is
    // DeliverByNotComputed and worked out from the order's instant when read.
    private readonly DateTimeOffset? _statedDeliveryDeadline;
    private readonly DayAfterWorkingDaysTable? _deliveryDays;
    private readonly long _orderedAtUtcTicks;
    private readonly int _deliverByDay;
    private readonly DeadlineMiss _misses;

    internal RoutingDecision(RoutingOutcome outcome, DateTimeOffset? deadline, DateTimeOffset? statedDeliveryDeadline, DayAfterWorkingDaysTable? deliveryDays, long orderedAtUtcTicks, int deliverByDay, DeadlineMiss misses, in RoutedShipment primary, RoutedShipment[]? split, string? problem)
    {
        Outcome = outcome;
        Deadline = deadline;
        _statedDeliveryDeadline = statedDeliveryDeadline;
        _deliveryDays = deliveryDays;
        _orderedAtUtcTicks = orderedAtUtcTicks;
        _deliverByDay = deliverByDay;
        _misses = misses;
        _primary = primary;
        _split = split;
        _problem = problem;
    }

    /// <summary>Stands for a delivery deadline day the router did not need; only with a rule's table to compute it from.</summary>
    internal const int DeliverByNotComputed = int.MinValue;

    /// <summary>On time, late, or unroutable.</summary>
    public RoutingOutcome Outcome { get; }

    /// <summary>Whether the order got a facility; when true, every nullable routed member has a value.</summary>
    [MemberNotNullWhen(true, nameof(Primary), nameof(Provider), nameof(FacilityId), nameof(ProductionCountry), nameof(PredictedDispatch), nameof(Slack), nameof(Cost), nameof(Co2eKg), nameof(PredictedDelivery))]
    public bool IsRouted => Outcome != RoutingOutcome.Unroutable;

    /// <summary>Whether no option meets the deadlines and this is the least late one.</summary>
    public bool IsLate => Outcome == RoutingOutcome.Late;

    /// <summary>Which deadlines the routed order is predicted to miss; <see cref="DeadlineMiss.None"/> when unroutable.</summary>
    public DeadlineMiss Misses => _deliverByDay != DeliverByNotComputed || !IsRouted
        ? _misses
        : _misses | (PredictedDelivery.Value.DayNumber > DeliverByDay ? DeadlineMiss.Delivery : DeadlineMiss.None);

    /// <summary>Why the order is unroutable (always set then); for a routed order, why it was split or misses its delivery deadline, else <c>null</c>.</summary>
    public string? Problem => _problem
        ?? ((Misses & DeadlineMiss.Delivery) != 0 && IsRouted

            // Built when asked, so that routing a late order allocates nothing.
            ? $"predicted delivery {PredictedDelivery:yyyy-MM-dd} is after the delivery deadline {DateOnly.FromDayNumber(DeliverByDay):yyyy-MM-dd}"
            : null);

    /// <summary>The ready-to-ship deadline used (TikTok's, or the market's rule); <c>null</c> when the order states none and no rule applies.</summary>
    public DateTimeOffset? Deadline { get; }

    /// <summary>The delivery deadline used (TikTok's <c>delivery_sla_time</c>, or the market's rule); <c>null</c> when neither exists.</summary>
    public DateTimeOffset? DeliveryDeadline => _statedDeliveryDeadline ?? _deliveryDays?.Clock.EndOfDay(DeliverByDay);

    /// <summary>The delivery deadline's local day, computed now if the router did not need it.</summary>
    private int DeliverByDay => _deliverByDay != DeliverByNotComputed ? _deliverByDay : _deliveryDays!.DayFor(_orderedAtUtcTicks);

    /// <summary>The (first) shipment; for a single-facility decision, the whole order. <c>null</c> when unroutable.</summary>
    public RoutedShipment? Primary => IsRouted ? _primary : null;

    /// <summary>Whether the order is split across several facilities.</summary>
    public bool IsSplit => _split is not null;

    /// <summary>Every shipment (one unless split; none when unroutable). Allocates a list for single-facility decisions.</summary>
    public IReadOnlyList<RoutedShipment> Shipments => _split ?? (IsRouted ? [_primary] : []);

    /// <summary>Provider of the (first) shipment; <c>null</c> when unroutable.</summary>
    public string? Provider => IsRouted ? _primary.Provider : null;

    /// <summary>Facility id of the (first) shipment; <c>null</c> when unroutable.</summary>
    public string? FacilityId => IsRouted ? _primary.Facility.Id : null;

    /// <summary>Production country of the (first) shipment; <c>null</c> when unroutable.</summary>
    public CountryCode? ProductionCountry => IsRouted ? _primary.ProductionCountry : null;

    /// <summary>Latest predicted dispatch over the shipments; <c>null</c> when unroutable.</summary>
    public DateTimeOffset? PredictedDispatch => IsRouted ? Latest().PredictedDispatch : null;

    /// <summary>Deadline minus the latest predicted dispatch (negative when late); <c>null</c> when unroutable.</summary>
    public TimeSpan? Slack => IsRouted ? Latest().Slack : null;

    /// <summary>Whether every shipment is produced in the buyer's country; false when unroutable.</summary>
    public bool IsLocal => IsRouted && (_split is null ? _primary.IsLocal : _split.All(s => s.IsLocal));

    /// <summary>Total cost over the shipments; <c>null</c> when unroutable.</summary>
    public Money? Cost => !IsRouted ? null
        : _split is null ? _primary.Cost
        : new Money(FacilityData.FromCents(_split.Sum(s => s.CostCents)), _primary.Cost.Currency);

    /// <summary>Total estimated kg CO2e over the shipments (NaN when a destination has no known point); <c>null</c> when unroutable.</summary>
    public double? Co2eKg => !IsRouted ? null : _split is null ? _primary.Co2eKg : _split.Sum(s => s.Co2eKg);

    /// <summary>Latest predicted delivery day over the shipments; <c>null</c> when unroutable.</summary>
    public DateOnly? PredictedDelivery => !IsRouted ? null : _split is null ? _primary.PredictedDelivery : _split.Max(s => s.PredictedDelivery);

    /// <inheritdoc />
    public override string ToString() => Outcome switch
    {
        RoutingOutcome.Unroutable => $"unroutable: {Problem}",
        _ when IsSplit => $"{Outcome}: split over {_split!.Length} facilities, last dispatch {PredictedDispatch:yyyy-MM-dd HH:mm zzz}",
        _ => $"{Outcome}: {_primary.Facility.Id} ({_primary.Provider}, {_primary.ProductionCountry}), dispatch {PredictedDispatch:yyyy-MM-dd HH:mm zzz}, slack {Slack}{(Misses != DeadlineMiss.None ? $", misses {Misses}" : string.Empty)}",
    };

    private RoutedShipment Latest()
    {
        if (_split is null)
        {
            return _primary;
        }

        var latest = _split[0];
        foreach (var s in _split)
        {
            if (s.DispatchUtcTicks > latest.DispatchUtcTicks)
            {
                latest = s;
            }
        }

        return latest;
    }
}
