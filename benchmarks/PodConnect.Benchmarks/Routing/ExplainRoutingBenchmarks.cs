using BenchmarkDotNet.Attributes;
using PodConnect.Domain;
using PodConnect.Routing;

namespace PodConnect.Benchmarks.Routing;

/// <summary>What explanations cost when asked for: <see cref="Router.Explain"/> (every facility's verdict, in words) vs <see cref="Router.Route"/>, 130 facilities.</summary>
[MemoryDiagnoser]
public class ExplainRoutingBenchmarks
{
    private const int Operations = 64;

    private Order[] _orders = [];
    private Router _router = null!;

    [GlobalSetup]
    public void Setup()
    {
        _router = new Router(SyntheticNetwork.Network(130).Compile());
        _orders = SyntheticNetwork.Orders(Operations, seed: 7, new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromDays(360));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public long Route()
    {
        long sum = 0;
        foreach (var order in _orders)
        {
            sum += _router.Route(order, order.CreatedAt).Primary?.FacilityIndex ?? -1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public long Explain()
    {
        long sum = 0;
        foreach (var order in _orders)
        {
            sum += _router.Explain(order, order.CreatedAt).Candidates.Count;
        }

        return sum;
    }
}
