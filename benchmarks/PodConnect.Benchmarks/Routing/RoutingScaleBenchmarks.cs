using BenchmarkDotNet.Attributes;
using PodConnect.Routing;

namespace PodConnect.Benchmarks.Routing;

/// <summary>How single-order routing time grows with the network: 10, 130 and 1,000 synthetic facilities.</summary>
[MemoryDiagnoser]
public class RoutingScaleBenchmarks : RouterComparisonBenchmarks
{
    [Params(10, 130, 1000)]
    public int Facilities { get; set; } = 130;

    [GlobalSetup]
    public void Setup()
    {
        var network = SyntheticNetwork.Network(Facilities);
        Router = new Router(network.Compile());
        BaselineRouter = new NaiveRouter(network);
        Orders = SyntheticNetwork.Orders(Operations, seed: 11, new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromDays(360));
        RoutingAgreement.Check(Router, BaselineRouter, Orders);
    }
}
