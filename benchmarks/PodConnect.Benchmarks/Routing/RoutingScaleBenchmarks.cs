using BenchmarkDotNet.Attributes;
using PodConnect.Domain;
using PodConnect.Routing;

namespace PodConnect.Benchmarks.Routing;

/// <summary>How single-order routing time grows with the network: 10, 130 and 1,000 synthetic facilities.</summary>
[MemoryDiagnoser]
public class RoutingScaleBenchmarks
{
    private const int Operations = 256;

    private Order[] _orders = [];
    private Router _router = null!;
    private NaiveRouter _naive = null!;

    [Params(10, 130, 1000)]
    public int Facilities { get; set; } = 130;

    [GlobalSetup]
    public void Setup()
    {
        var network = SyntheticNetwork.Network(Facilities);
        _router = new Router(network.Compile());
        _naive = new NaiveRouter(network);
        _orders = SyntheticNetwork.Orders(Operations, seed: 11, new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromDays(360));
        RoutingAgreement.Check(_router, _naive, _orders);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public long Naive()
    {
        long sum = 0;
        foreach (var order in _orders)
        {
            sum += _naive.Route(order, order.CreatedAt)!.Dispatch.UtcTicks;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public long Compiled()
    {
        long sum = 0;
        foreach (var order in _orders)
        {
            sum += _router.Route(order, order.CreatedAt).Primary.FacilityIndex;
        }

        return sum;
    }
}
