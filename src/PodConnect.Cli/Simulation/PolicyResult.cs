using PodConnect.Dispatch;

namespace PodConnect.Cli.Simulation;

/// <summary>One point of a policy's LDR curve: the rate TikTok would show at <see cref="At"/> (trailing 30 days).</summary>
internal readonly record struct LdrPoint(DateTimeOffset At, double Rate, int Late, int Dispatched);

/// <summary>How busy a facility was under a policy.</summary>
/// <param name="Id">The facility id.</param>
/// <param name="Provider">Its provider.</param>
/// <param name="Country">Its country of production.</param>
/// <param name="DailyCapacity">Units it can start per working day in this scenario.</param>
/// <param name="Orders">Orders produced there.</param>
/// <param name="MeanUtilisation">Units started on its working days within the horizon over its capacity on those days.</param>
/// <param name="PeakUtilisation">The busiest production day's units over the daily capacity.</param>
/// <param name="LastProductionDay">The last day an order started production there (a queue shows as a day past the horizon).</param>
internal sealed record FacilityLoad(string Id, string Provider, string Country, int DailyCapacity, int Orders, double MeanUtilisation, double PeakUtilisation, DateOnly? LastProductionDay);

/// <summary>What one policy did with the scenario's orders.</summary>
internal sealed record PolicyResult(
    PolicySpec Policy,
    int Orders,
    int Placed,
    int Unplaced,
    int Late,
    int Held,
    LateDispatchRate Final,
    LdrPoint Peak,
    IReadOnlyList<LdrPoint> LdrOverTime,
    double LocalShare,
    decimal Cost,
    double Co2eKg,
    IReadOnlyList<FacilityLoad> Facilities,
    IReadOnlyDictionary<string, int> ProducedIn)
{
    /// <summary>Whether the LDR went above the threshold at any point that counts.</summary>
    public bool ExceedsThreshold => Peak.Rate > Final.Threshold;

    public decimal CostPerOrder => Placed == 0 ? 0 : Math.Round(Cost / Placed, 2);

    public double Co2ePerOrderKg => Placed == 0 ? 0 : Co2eKg / Placed;
}
