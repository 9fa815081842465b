using BenchmarkDotNet.Attributes;
using PodConnect.Routing;

namespace PodConnect.Benchmarks.Routing;

/// <summary>A spike routed at once under daily capacities (<see cref="Router.RouteBatch"/>), 1k/10k/100k orders over 130 facilities.</summary>
[MemoryDiagnoser]
public class BatchRoutingBenchmarks
{
    private SpikeInstance _spike = null!;
    private Router _router = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Orders { get; set; } = 100_000;

    [Params(130)]
    public int Facilities { get; set; } = 130;

    [GlobalSetup]
    public void Setup()
    {
        _spike = SpikeInstance.Create(Facilities, Orders);
        _router = new Router(_spike.Compiled);
    }

    [Benchmark]
    public int RouteBatch() => _router.RouteBatch(_spike.Orders, SpikeInstance.Now).Late;
}

/// <summary>How batch time grows with the network: 10k orders over 10, 130 and 1,000 facilities.</summary>
[MemoryDiagnoser]
public class BatchFacilityScaleBenchmarks
{
    private SpikeInstance _spike = null!;
    private Router _router = null!;

    [Params(10, 130, 1000)]
    public int Facilities { get; set; } = 130;

    [GlobalSetup]
    public void Setup()
    {
        _spike = SpikeInstance.Create(Facilities, 10_000);
        _router = new Router(_spike.Compiled);
    }

    [Benchmark]
    public int RouteBatch() => _router.RouteBatch(_spike.Orders, SpikeInstance.Now).Late;
}
