using BenchmarkDotNet.Attributes;
using PodConnect.Domain;
using PodConnect.Routing;

namespace PodConnect.Benchmarks.Routing;

/// <summary>
/// The two measured methods every single-order routing benchmark shares: the naive router (the
/// baseline) and the compiled one over the same orders. Subclasses build the network and the orders
/// in their <c>[GlobalSetup]</c> and check the two routers agree.
/// </summary>
public abstract class RouterComparisonBenchmarks
{
    /// <summary>Orders routed per invocation; times are reported per order.</summary>
    protected const int Operations = 256;

    private protected Order[] Orders { get; set; } = [];

    private protected Router Router { get; set; } = null!;

    private protected NaiveRouter BaselineRouter { get; set; } = null!;

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public long Naive()
    {
        long sum = 0;
        foreach (var order in Orders)
        {
            sum += BaselineRouter.Route(order, order.CreatedAt)!.Dispatch.UtcTicks;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public long Compiled()
    {
        long sum = 0;
        foreach (var order in Orders)
        {
            sum += Router.Route(order, order.CreatedAt).Primary?.FacilityIndex ?? -1;
        }

        return sum;
    }
}
