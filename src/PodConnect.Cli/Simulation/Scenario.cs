using PodConnect.Domain;
using PodConnect.Routing;

namespace PodConnect.Cli.Simulation;

/// <summary>
/// What <c>podconnect simulate</c> runs: a network, demand over a horizon with an optional viral spike,
/// lead-time noise, and the routing policies to compare (the naive one always among them). Read from
/// JSON by <see cref="ScenarioReader"/>; the format is in docs/cli.md.
/// </summary>
internal sealed record Scenario(
    string Name,
    string? Description,
    string NetworkLabel,
    FacilityNetwork Network,
    DateTimeOffset Start,
    int HorizonDays,
    int Seed,
    IReadOnlyList<DemandStream> Demand,
    Spike? Spike,
    LeadTimeNoise Noise,
    IReadOnlyList<PolicySpec> Policies,
    double Threshold,
    int MaxHoldDays)
{
    /// <summary>When demand stops.</summary>
    public DateTimeOffset End => Start.AddDays(HorizonDays);
}

/// <summary>Steady demand for one product kind to one destination market.</summary>
internal sealed record DemandStream(CountryCode Destination, ProductKind Kind, double OrdersPerDay);

/// <summary>
/// A viral spike: from <see cref="Start"/> demand rises linearly over <see cref="RampHours"/> to
/// <see cref="PeakMultiplier"/> times the base rate, then decays towards it, halving the excess every
/// <see cref="HalfLifeHours"/>. Applies to <see cref="Destinations"/>, or to every destination when null.
/// </summary>
internal sealed record Spike(DateTimeOffset Start, double PeakMultiplier, double RampHours, double HalfLifeHours, IReadOnlySet<CountryCode>? Destinations)
{
    /// <summary>The demand multiplier at an instant for a destination.</summary>
    public double MultiplierAt(DateTimeOffset at, CountryCode destination)
    {
        if (at < Start || (Destinations is not null && !Destinations.Contains(destination)))
        {
            return 1;
        }

        var hours = (at - Start).TotalHours;
        if (hours < RampHours)
        {
            return 1 + ((PeakMultiplier - 1) * hours / RampHours);
        }

        return 1 + ((PeakMultiplier - 1) * Math.Pow(0.5, (hours - RampHours) / HalfLifeHours));
    }
}

/// <summary>Production that runs late: with <see cref="SlipProbability"/> an order dispatches 1 to <see cref="MaxSlipDays"/> working days after the predicted day.</summary>
internal sealed record LeadTimeNoise(double SlipProbability, int MaxSlipDays)
{
    public static LeadTimeNoise None { get; } = new(0, 0);
}

/// <summary>
/// One routing policy to compare. The naive policy sends every order to the facility nearest the buyer
/// (among <see cref="Providers"/>, if given) whatever its queue, as a shop without routing would; the
/// others are the SDK's <see cref="RoutingPolicy"/> with its capacity ledger.
/// </summary>
internal sealed record PolicySpec(
    string Name,
    string? Description,
    bool Naive,
    IReadOnlyList<RoutingCriterion> Prefer,
    TimeSpan SafetyMargin,
    IReadOnlyList<string>? Providers)
{
    /// <summary>The naive policy added when a scenario lists none.</summary>
    public static PolicySpec DefaultNaive { get; } = new("naive", "nearest facility to the buyer, no capacity awareness", true, [], TimeSpan.Zero, null);
}
