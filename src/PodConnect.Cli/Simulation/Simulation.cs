using System.Diagnostics;
using PodConnect.Dispatch;
using PodConnect.Routing;

namespace PodConnect.Cli.Simulation;

/// <summary>Everything <c>podconnect simulate</c> reports: the scenario, its buyers and each policy's result.</summary>
internal sealed record SimulationResult(
    Scenario Scenario,
    int Orders,
    IReadOnlyDictionary<string, int> Buyers,
    IReadOnlyList<(DateOnly Day, int Orders)> ArrivalsPerDay,
    IReadOnlyList<PolicyResult> Policies,
    TimeSpan Elapsed)
{
    /// <summary>The compared policy (not naive) with the lowest peak LDR, then final LDR, then cost; naive when it is alone.</summary>
    public PolicyResult Best =>
        Policies.Where(p => !p.Policy.Naive).DefaultIfEmpty(Policies[0])
            .OrderBy(p => p.Peak.Rate).ThenBy(p => p.Final.Rate).ThenBy(p => p.Unplaced).ThenBy(p => p.Cost).First();
}

/// <summary>Runs a scenario: draws its orders once, runs every policy on them, and measures each.</summary>
internal static class Simulation
{
    /// <summary>Points of the LDR curve per day.</summary>
    public const int SamplesPerDay = 4;

    /// <summary>A point of the curve counts towards the peak only with this many dispatches in its window (a handful of early orders is noise).</summary>
    public const int MinDispatchesForPeak = 100;

    public static SimulationResult Run(Scenario scenario, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var network = scenario.Network.Compile();
        var orders = OrderStream.Generate(scenario);
        progress?.Invoke($"{orders.Count:N0} orders drawn over {scenario.HorizonDays} days (seed {scenario.Seed})");

        var runs = new List<(PolicySpec Spec, OrderOutcome[] Outcomes, CapacityLedger Capacity)>();
        foreach (var spec in scenario.Policies)
        {
            var started = clock.Elapsed;
            var (outcomes, capacity) = PolicyRun.Run(scenario, network, spec, orders, cancellationToken);
            runs.Add((spec, outcomes, capacity));
            progress?.Invoke($"{spec.Name}: routed in {(clock.Elapsed - started).TotalSeconds:0.0} s");
        }

        // One time axis for every policy: from the start to the day after the last dispatch.
        var lastDispatch = runs.SelectMany(r => r.Outcomes).Where(o => o.Placed).Select(o => o.DispatchUtcTicks).DefaultIfEmpty(scenario.End.UtcTicks).Max();
        var end = new DateTimeOffset(Math.Max(lastDispatch, scenario.End.UtcTicks), TimeSpan.Zero).UtcDateTime.Date.AddDays(1);
        var axis = new List<DateTimeOffset>();
        for (var t = scenario.Start.AddHours(24.0 / SamplesPerDay); t <= end; t = t.AddHours(24.0 / SamplesPerDay))
        {
            axis.Add(t);
        }

        var results = runs.Select(r => Measure(scenario, network, orders, r.Spec, r.Outcomes, r.Capacity, axis)).ToList();
        var buyers = orders.GroupBy(o => o.Order.Destination.Country.Value).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var perDay = orders.GroupBy(o => DateOnly.FromDateTime(o.Order.CreatedAt.UtcDateTime)).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToList();
        return new SimulationResult(scenario, orders.Count, buyers, perDay, results, clock.Elapsed);
    }

    private static PolicyResult Measure(Scenario scenario, CompiledNetwork network, IReadOnlyList<SimulatedOrder> orders, PolicySpec spec, OrderOutcome[] outcomes, CapacityLedger capacity, List<DateTimeOffset> axis)
    {
        var ledger = new DispatchLedger(threshold: scenario.Threshold);
        int placed = 0, late = 0, held = 0, local = 0;
        long costCents = 0;
        double co2 = 0;
        var perFacility = new int[network.FacilityCount];
        var lastDay = new int[network.FacilityCount];
        var producedIn = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < outcomes.Length; i++)
        {
            var o = outcomes[i];
            if (!o.Placed)
            {
                continue;
            }

            placed++;
            late += o.Late ? 1 : 0;
            held += o.HeldDays > 0 ? 1 : 0;
            local += o.Local ? 1 : 0;
            costCents += o.CostCents;
            co2 += o.Co2eKg;
            perFacility[o.Facility]++;
            lastDay[o.Facility] = Math.Max(lastDay[o.Facility], o.ProductionStartDay);
            var country = network.Facility(o.Facility).Country.Value;
            producedIn[country] = producedIn.GetValueOrDefault(country) + 1;
            ledger.Record(orders[i].Order.Id, new DateTimeOffset(o.DeadlineUtcTicks, TimeSpan.Zero), new DateTimeOffset(o.DispatchUtcTicks, TimeSpan.Zero));
        }

        var curve = axis.Select(t => ledger.RateAt(t)).Select(r => new LdrPoint(r.WindowEnd, r.Rate, r.Late, r.Dispatched)).ToList();
        var counted = curve.Where(p => p.Dispatched >= MinDispatchesForPeak).DefaultIfEmpty(curve.LastOrDefault()).ToList();
        var peak = counted.MaxBy(p => p.Rate);
        var final = ledger.RateAt(axis[^1]);
        return new PolicyResult(
            spec,
            outcomes.Length,
            placed,
            outcomes.Length - placed,
            late,
            held,
            final,
            peak,
            curve,
            placed == 0 ? 0 : (double)local / placed,
            costCents / 100m,
            co2,
            Loads(scenario, network, capacity, perFacility, lastDay),
            producedIn);
    }

    private static List<FacilityLoad> Loads(Scenario scenario, CompiledNetwork network, CapacityLedger capacity, int[] orders, int[] lastDay)
    {
        var loads = new List<FacilityLoad>();
        for (var f = 0; f < network.FacilityCount; f++)
        {
            var facility = network.Facility(f);
            var calendar = network.ProductionCalendar(f);
            var first = calendar.LocalDate(scenario.Start);
            var last = calendar.LocalDate(scenario.End.AddTicks(-1));
            long booked = 0, available = 0;
            double peak = 0;
            var finalDay = Math.Max(last.DayNumber, lastDay[f]);
            for (var day = first; day.DayNumber <= finalDay; day = day.AddDays(1))
            {
                var units = capacity.Booked(f, day);
                peak = Math.Max(peak, (double)units / facility.DailyCapacity);
                if (day <= last && calendar.Calendar.IsWorkingDay(day))
                {
                    booked += units;
                    available += facility.DailyCapacity;
                }
            }

            loads.Add(new FacilityLoad(
                facility.Id,
                facility.Provider,
                facility.Country.Value,
                facility.DailyCapacity,
                orders[f],
                available == 0 ? 0 : (double)booked / available,
                peak,
                orders[f] == 0 ? null : DateOnly.FromDayNumber(lastDay[f])));
        }

        return loads;
    }
}
