namespace PodConnect.Cli.Simulation;

/// <summary>What happened to one simulated order under one policy (a struct: 100,000 of them per policy).</summary>
internal readonly record struct OrderOutcome(
    int Facility,
    int ProductionStartDay,
    long DispatchUtcTicks,
    long DeadlineUtcTicks,
    bool Local,
    long CostCents,
    double Co2eKg,
    int HeldDays)
{
    /// <summary>Whether the order found a facility within the hold limit.</summary>
    public bool Placed => Facility >= 0;

    /// <summary>Whether it dispatched after its deadline.</summary>
    public bool Late => Placed && DispatchUtcTicks > DeadlineUtcTicks;

    public static OrderOutcome Unplaced(long deadlineUtcTicks) => new(-1, 0, 0, deadlineUtcTicks, false, 0, 0, 0);
}
