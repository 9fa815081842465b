using PodConnect.Domain;

namespace PodConnect.Routing;

/// <summary>
/// Where an order goes, when it is predicted to dispatch, and at what cost and CO2e. A value type:
/// routing a single-facility order allocates nothing. Ask <see cref="Router.Explain"/> for the
/// reasons every other facility lost.
/// </summary>
public readonly struct RoutingDecision
{
    private readonly RoutedShipment[]? _split;

    internal RoutingDecision(RoutingOutcome outcome, DateTimeOffset deadline, in RoutedShipment primary, RoutedShipment[]? split, string? problem)
    {
        Outcome = outcome;
        Deadline = deadline;
        Primary = primary;
        _split = split;
        Problem = problem;
    }

    /// <summary>On time, late, or unroutable.</summary>
    public RoutingOutcome Outcome { get; }

    /// <summary>Whether the order got a facility.</summary>
    public bool IsRouted => Outcome != RoutingOutcome.Unroutable;

    /// <summary>Whether no option meets the deadline and this is the least late one.</summary>
    public bool IsLate => Outcome == RoutingOutcome.Late;

    /// <summary>Why the order is unroutable (or, for a split, that it was split); <c>null</c> otherwise.</summary>
    public string? Problem { get; }

    /// <summary>The ready-to-ship deadline used (TikTok's, or the market's rule when the order has none).</summary>
    public DateTimeOffset Deadline { get; }

    /// <summary>The (first) shipment; for a single-facility decision, the whole order.</summary>
    public RoutedShipment Primary { get; }

    /// <summary>Whether the order is split across several facilities.</summary>
    public bool IsSplit => _split is not null;

    /// <summary>Every shipment (one unless split). Allocates a list for single-facility decisions.</summary>
    public IReadOnlyList<RoutedShipment> Shipments => _split ?? (IsRouted ? [Primary] : []);

    /// <summary>Provider of the (first) shipment.</summary>
    public string? Provider => IsRouted ? Primary.Provider : null;

    /// <summary>Facility id of the (first) shipment.</summary>
    public string? FacilityId => IsRouted ? Primary.Facility.Id : null;

    /// <summary>Production country of the (first) shipment.</summary>
    public CountryCode? ProductionCountry => IsRouted ? Primary.ProductionCountry : null;

    /// <summary>Latest predicted dispatch over the shipments.</summary>
    public DateTimeOffset PredictedDispatch
    {
        get
        {
            if (_split is null)
            {
                return Primary.PredictedDispatch;
            }

            var latest = _split[0];
            foreach (var s in _split)
            {
                if (s.DispatchUtcTicks > latest.DispatchUtcTicks)
                {
                    latest = s;
                }
            }

            return latest.PredictedDispatch;
        }
    }

    /// <summary>Deadline minus the latest predicted dispatch; negative when late.</summary>
    public TimeSpan Slack => Deadline - PredictedDispatch;

    /// <summary>Whether every shipment is produced in the buyer's country.</summary>
    public bool IsLocal => _split is null ? Primary.IsLocal : _split.All(s => s.IsLocal);

    /// <summary>Total cost over the shipments.</summary>
    public Money Cost
    {
        get
        {
            if (_split is null)
            {
                return Primary.Cost;
            }

            var cents = _split.Sum(s => s.CostCents);
            return new Money(FacilityData.FromCents(cents), Primary.Cost.Currency);
        }
    }

    /// <summary>Total estimated kg CO2e over the shipments.</summary>
    public double Co2eKg => _split is null ? Primary.Co2eKg : _split.Sum(s => s.Co2eKg);

    /// <summary>Latest predicted delivery day over the shipments.</summary>
    public DateOnly PredictedDelivery => _split is null ? Primary.PredictedDelivery : _split.Max(s => s.PredictedDelivery);

    /// <inheritdoc />
    public override string ToString() => Outcome switch
    {
        RoutingOutcome.Unroutable => $"unroutable: {Problem}",
        _ when IsSplit => $"{Outcome}: split over {_split!.Length} facilities, last dispatch {PredictedDispatch:yyyy-MM-dd HH:mm zzz}",
        _ => $"{Outcome}: {Primary.Facility.Id} ({Primary.Provider}, {Primary.ProductionCountry}), dispatch {PredictedDispatch:yyyy-MM-dd HH:mm zzz}, slack {Slack}",
    };
}
