using BenchmarkDotNet.Attributes;
using PodConnect.Domain;
using PodConnect.Routing;

namespace PodConnect.Benchmarks.Routing;

/// <summary>
/// One order routed: the compiled router (<see cref="Router.Route"/>, no explanations) against the
/// naive LINQ/day-by-day baseline, on the built-in network and on a 130-facility synthetic one
/// (Gelato's scale). Each invocation routes a spread of 256 orders (markets, products, instants over
/// 2026, TikTok-style deadlines), so the figure is per order and no single hot date flatters it. The
/// setup refuses to run if the two routers disagree on any of them. The CI routing gate runs this class.
/// </summary>
[MemoryDiagnoser]
public class SingleOrderRoutingBenchmarks : RouterComparisonBenchmarks
{
    [Params("built-in", "synthetic-130")]
    public string Network { get; set; } = "synthetic-130";

    /// <summary>
    /// typical: TikTok-style deadlines (2 working days) — most orders find an on-time facility early in
    /// the policy order. no-one-in-time: a 1-hour deadline nobody meets, so every candidate is evaluated
    /// to find the least late (the router's worst case).
    /// </summary>
    [Params("typical", "no-one-in-time")]
    public string Scenario { get; set; } = "typical";

    [GlobalSetup]
    public void Setup()
    {
        var network = Network == "built-in" ? FacilityNetwork.BuiltInEurope : SyntheticNetwork.Network(130);
        Router = new Router(network.Compile());
        BaselineRouter = new NaiveRouter(network);
        Orders = SyntheticNetwork.Orders(
            Operations, seed: 7, new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromDays(360),
            Scenario == "typical" ? null : TimeSpan.FromHours(1));
        RoutingAgreement.Check(Router, BaselineRouter, Orders);
    }
}

/// <summary>A speed comparison means nothing if the two routers disagree; refuse to run when they do.</summary>
internal static class RoutingAgreement
{
    public static void Check(Router router, NaiveRouter naive, IEnumerable<Order> orders)
    {
        foreach (var order in orders)
        {
            var fast = router.Route(order, order.CreatedAt);
            var slow = naive.Route(order, order.CreatedAt)
                ?? throw new InvalidOperationException($"The naive router found no facility for {order.Id}.");
            if (fast.FacilityId != slow.Facility.Id || fast.PredictedDispatch != slow.Dispatch || fast.Cost?.Amount != slow.Cost)
            {
                throw new InvalidOperationException(
                    $"Routers disagree on {order.Id} ({order.Destination.Country}, {order.Items[0].Kind}, {order.CreatedAt:O}): " +
                    $"compiled {fast.FacilityId} {fast.PredictedDispatch:O} {fast.Cost}, naive {slow.Facility.Id} {slow.Dispatch:O} {slow.Cost}.");
            }
        }
    }
}
