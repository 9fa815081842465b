using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.DependencyInjection;
using PodConnect.Fulfillment;

namespace PodConnect.Benchmarks.Fulfillment;

/// <summary>
/// A 10,000-order spike through the whole loop on in-process fakes (no HTTP: what is measured is the
/// loop's own cost), from arrival to shipped on the marketplace, with the clock advanced in 30-minute
/// passes. Per order (<c>OperationsPerInvoke</c>): wall time and allocated bytes; the Calls/order column
/// counts marketplace and provider calls (the log prints them by operation). Baseline: the naive glue a
/// user writes without the loop (read each open order one by one every pass, route, place, ask the provider,
/// mark shipped) — the meaningful alternative, because it is what the loop replaces; it is correct on the
/// happy path, so the figures compare cost, not correctness. Loop: the loop was running when the spike came;
/// LoopColdStart: it starts with the spike in flight and first looks every order up.
/// Run: <c>dotnet run -c Release --project benchmarks/PodConnect.Benchmarks -- --filter '*FulfillmentSpike*'</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SpikeConfig))]
public class FulfillmentSpikeBenchmarks
{
    public const int Orders = 10_000;
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(30);
    private SpikeRun _run = null!;
    private ServiceProvider? _loop;
    private string _method = nameof(Naive);

    [IterationSetup(Target = nameof(Loop))]
    public void SetUpLoop()
    {
        _run = new SpikeRun(Orders);
        _loop = _run.BuildLoop();
        _loop.GetRequiredService<FulfillmentReconciler>(); // compile the network outside the measurement; the loop's memory starts now
        _run.Arrive();
    }

    [IterationSetup(Target = nameof(LoopColdStart))]
    public void SetUpLoopColdStart()
    {
        _run = new SpikeRun(Orders);
        _run.Arrive();
        _loop = _run.BuildLoop();
        _loop.GetRequiredService<FulfillmentReconciler>(); // started after the orders came: each is looked up before it is placed
    }

    [IterationSetup(Target = nameof(Naive))]
    public void SetUpNaive()
    {
        _run = new SpikeRun(Orders);
        _run.Arrive();
    }

    [IterationCleanup]
    public void CleanUp()
    {
        var method = _method;
        CallsPerOrderColumn.Record(_run.AllShipped() ? _run.Calls / (double)Orders : double.NaN, method);
        // Where the calls go (printed into the benchmark log): what stands between this run and the floor of one create and one mark-shipped per order.
        Console.WriteLine($"// {method} calls per order by operation: {_run.CallsByOperation(Orders)}");
        _loop?.Dispose();
        _loop = null;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Orders)]
    public async Task Naive()
    {
        _method = nameof(Naive);
        var naive = new NaiveFulfillment(_run);
        for (var pass = 0; pass < 400 && !_run.AllShipped(); pass++)
        {
            await naive.PassAsync();
            _run.Time.Advance(Step);
        }
    }

    /// <summary>The loop was running when the spike came (its index covers every order: no look-ups before placing).</summary>
    [Benchmark(OperationsPerInvoke = Orders)]
    public Task Loop() => RunLoopAsync(nameof(Loop));

    /// <summary>The loop starts with the spike already in flight (a deploy mid-spike): every order is first looked for at the marketplace and the providers.</summary>
    [Benchmark(OperationsPerInvoke = Orders)]
    public Task LoopColdStart() => RunLoopAsync(nameof(LoopColdStart));

    private async Task RunLoopAsync(string method)
    {
        _method = method;
        var reconciler = _loop!.GetRequiredService<FulfillmentReconciler>();
        for (var pass = 0; pass < 400 && !_run.AllShipped(); pass++)
        {
            await reconciler.RunPassAsync();
            _run.Time.Advance(Step);
        }
    }

    private sealed class SpikeConfig : ManualConfig
    {
        public SpikeConfig()
        {
            // In process, so the Calls/order column can read what the run counted; a few long iterations.
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3));
            AddColumn(new CallsPerOrderColumn());
        }
    }
}

/// <summary>Marketplace plus provider calls per order in the last iteration of each benchmark.</summary>
internal sealed class CallsPerOrderColumn : IColumn
{
    private static readonly Dictionary<string, double> Last = new(StringComparer.Ordinal);

    public static void Record(double callsPerOrder, string method)
    {
        lock (Last)
        {
            Last[method] = callsPerOrder;
        }
    }

    public string Id => nameof(CallsPerOrderColumn);

    public string ColumnName => "Calls/order";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Marketplace and provider calls per order (in-process fakes count them as the real APIs bill them)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        lock (Last)
        {
            return Last.TryGetValue(benchmarkCase.Descriptor.WorkloadMethod.Name, out var value) ? value.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) : "?";
        }
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
