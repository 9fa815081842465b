using BenchmarkDotNet.Attributes;
using PodConnect.Domain;
using PodConnect.Routing;

namespace PodConnect.Benchmarks.Routing;

/// <summary>
/// What learning lead times costs: one observation (placed → shipped instants, counted in the
/// facility's working days, quantile refreshed) against the naive way — a list per facility and kind,
/// trimmed to the window and sorted for the quantile on every observation — and the read the router makes.
/// </summary>
[MemoryDiagnoser]
public class LeadTimeLearnerBenchmarks
{
    private const int Operations = 256;
    private LeadTimeLearner _learner = null!;
    private readonly Dictionary<(int, ProductKind), List<int>> _naive = [];
    private (int Facility, DateTimeOffset Placed, DateTimeOffset Shipped)[] _observations = [];
    private int _facilities;

    [GlobalSetup]
    public void Setup()
    {
        var net = SyntheticNetwork.Network(130).Compile();
        _learner = new LeadTimeLearner(net);
        _facilities = net.FacilityCount;
        var rng = new Random(3);
        var from = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        _observations = [.. Enumerable.Range(0, Operations).Select(_ =>
        {
            var f = rng.Next(net.FacilityCount);
            while (net.Facility(f).FindProduct(ProductKind.TShirt) is null)
            {
                f = rng.Next(net.FacilityCount);
            }

            var placed = from.AddMinutes(rng.Next(0, 200 * 24 * 60));
            return (f, placed, placed.AddHours(rng.Next(6, 24 * 9)));
        })];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public int NaiveObserve()
    {
        var sum = 0;
        foreach (var (f, placed, shipped) in _observations)
        {
            var key = (f, ProductKind.TShirt);
            if (!_naive.TryGetValue(key, out var list))
            {
                _naive[key] = list = [];
            }

            list.Add(Math.Max(1, (int)Math.Ceiling((shipped - placed).TotalDays)));
            if (list.Count > 50)
            {
                list.RemoveAt(0);
            }

            var sorted = list.OrderBy(x => x).ToList();
            sum += sorted[(int)Math.Ceiling(0.9 * sorted.Count) - 1];
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public int Observe()
    {
        var sum = 0;
        foreach (var (f, placed, shipped) in _observations)
        {
            sum += _learner.Observe(f, ProductKind.TShirt, placed, shipped);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public int Read()
    {
        var sum = 0;
        for (var i = 0; i < Operations; i++)
        {
            sum += _learner.ProductionDays(_observations[i].Facility, ProductKind.TShirt);
        }

        return sum + _facilities;
    }
}
