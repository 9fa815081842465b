using System.Globalization;
using BenchmarkDotNet.Attributes;
using PodConnect.Routing;

namespace PodConnect.Benchmarks.Routing;

/// <summary>
/// Quality of the batch router against the exact min-cost-flow optimum (OR-Tools) of the same spike.
/// The setup solves both and prints — and appends to <c>BenchmarkDotNet.Artifacts/routing-optimum-gap.md</c> —
/// late orders, unplaced orders and cost for each, the late gap and the cost gap side by side, and the
/// router's steady-state time (median of five calls after a warm-up) with the machine's load average;
/// the benchmarks time the OR-Tools solve (baseline) and <see cref="Router.RouteBatch(IReadOnlyList{PodConnect.Domain.Order}, DateTimeOffset, CapacityLedger?)"/>.
/// </summary>
[MemoryDiagnoser]
public class BatchOptimumGapBenchmarks
{
    private SpikeInstance _spike = null!;
    private Router _router = null!;
    private int _horizon;

    [Params(1_000, 10_000, 100_000)]
    public int Orders { get; set; } = 10_000;

    [GlobalSetup]
    public void Setup()
    {
        _spike = SpikeInstance.Create(130, Orders);
        // The batch objective of issue 3: late dispatches first, then cost, then CO2e — what the flow optimises.
        // The optimum models the ready-to-ship deadline only, so the router ignores delivery deadlines here too.
        var router = _router = new Router(_spike.Compiled, RoutingPolicy.Create().Prefer(RoutingCriterion.Cost).ThenBy(RoutingCriterion.Co2e).WithDeliveryDeadline(DeliveryDeadlineRule.Ignore).Build());
        _horizon = router.Policy.BatchHorizonDays;
        var ours = router.RouteBatch(_spike.Orders, SpikeInstance.Now);
        var times = new double[5];
        for (var i = 0; i < times.Length; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            router.RouteBatch(_spike.Orders, SpikeInstance.Now);
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        var best = MinCostFlowOptimum.Solve(_spike.Compiled, _spike.Orders, SpikeInstance.Now, _horizon);
        var ourCents = (long)(ours.TotalCost.Amount * 100m);
        var ourOnTimeCents = (long)(ours.Assignments.Where(a => a.Status == BatchStatus.OnTime).Sum(a => a.Cost.Amount) * 100m);
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"| {Orders:N0} | {ours.Late:N0} | {best.Late:N0} | {ours.Late - best.Late:+#,0;-#,0;0} ({100.0 * (ours.Late - best.Late) / Orders:0.00}% of orders) | {ours.Unplaced} / {best.Unplaced} | {ourCents / 100m:N2} | {best.CostCents / 100m:N2} | {100.0 * (ourCents - best.CostCents) / best.CostCents:+0.00;-0.00}% | {100.0 * (ourOnTimeCents - best.OnTimeCostCents) / best.OnTimeCostCents:+0.00;-0.00}% | {times[2]:N0} ms (load {load}) | {best.SolveTime.TotalMilliseconds:N0} ms ({best.SupplyNodes:N0} supply nodes, {best.Arcs:N0} arcs) |");
        Console.WriteLine("// routing optimum gap: | orders | late (router) | late (optimum) | late gap | unplaced router/optimum | cost router | cost optimum | cost gap | on-time cost gap | router steady-state (median of 5) | OR-Tools time |");
        Console.WriteLine("// routing optimum gap: " + line);
        var artifacts = Path.Combine(RepositoryRoot(), "BenchmarkDotNet.Artifacts");
        Directory.CreateDirectory(artifacts);
        File.AppendAllText(Path.Combine(artifacts, "routing-optimum-gap.md"), line + Environment.NewLine);
    }

    // BenchmarkDotNet runs the setup in a generated project's bin folder; write next to the solution.
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PodConnect.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    [Benchmark(Baseline = true)]
    public int SolveMinCostFlowOptimum() => MinCostFlowOptimum.Solve(_spike.Compiled, _spike.Orders, SpikeInstance.Now, _horizon).Late;

    [Benchmark]
    public int RouteBatch() => _router.RouteBatch(_spike.Orders, SpikeInstance.Now).Late;
}
