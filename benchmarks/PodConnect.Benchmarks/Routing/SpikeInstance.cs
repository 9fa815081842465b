using PodConnect.Domain;
using PodConnect.Routing;

namespace PodConnect.Benchmarks.Routing;

/// <summary>
/// A viral spike: orders created over 12 hours on Tuesday 24 November 2026 (06:00–18:00 UTC), each with
/// a TikTok deadline 30 hours after creation, routed at 18:00 UTC when the spike is over — after most
/// facilities' cut-off, so production starts Wednesday and only fast, nearby slots make the early
/// deadlines. One unit per order (so that the min-cost-flow optimum is exact: an order cannot be split).
/// </summary>
internal sealed class SpikeInstance
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);

    private SpikeInstance(FacilityNetwork network, Order[] orders)
    {
        Network = network;
        Compiled = network.Compile();
        Orders = orders;
    }

    public FacilityNetwork Network { get; }

    public CompiledNetwork Compiled { get; }

    public Order[] Orders { get; }

    public static SpikeInstance Create(int facilities, int orders) => new(
        SyntheticNetwork.Network(facilities),
        SyntheticNetwork.Orders(orders, seed: orders + facilities, new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(12), TimeSpan.FromHours(30)));
}
