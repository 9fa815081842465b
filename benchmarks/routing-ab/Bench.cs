// One build of PodConnect.Core, driven by the A/B host (see route-ab.sh). Compiled once per commit
// against that commit's Core (OLD is defined for cores before RoutingPolicy.WithDeliveryDeadline).
using PodConnect.Domain;
using PodConnect.Routing;

namespace AbDriver;

public static class Bench
{
    private static Router _router = null!;
    private static Order[] _orders = [];

    /// <summary>The single-order benchmark's network and 256 orders (SingleOrderRoutingBenchmarks' seed and spread).</summary>
    public static void Setup(string network, string scenario, bool ignoreDelivery)
    {
        var net = network == "built-in" ? FacilityNetwork.BuiltInEurope : SyntheticNetwork.Network(130);
        RoutingPolicy? policy = null;
#if !OLD
        if (ignoreDelivery)
        {
            policy = RoutingPolicy.Create().PreferLocal().ThenBy(RoutingCriterion.Cost).ThenBy(RoutingCriterion.Co2e).WithDeliveryDeadline(DeliveryDeadlineRule.Ignore).Build();
        }
#endif
        _router = new Router(net.Compile(), policy);
        _orders = SyntheticNetwork.Orders(256, seed: 7, new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromDays(360),
            scenario == "typical" ? null : TimeSpan.FromHours(1));
    }

    /// <summary>Routes the orders <paramref name="reps"/> times.</summary>
    public static long Run(int reps)
    {
        long sum = 0;
        var orders = _orders;
        var router = _router;
        for (var r = 0; r < reps; r++)
        {
            foreach (var o in orders)
            {
                sum += (int)router.Route(o, o.CreatedAt).Outcome;
            }
        }

        return sum;
    }
}
