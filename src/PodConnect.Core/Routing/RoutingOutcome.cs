namespace PodConnect.Routing;

/// <summary>What a routing decision amounts to.</summary>
public enum RoutingOutcome
{
    /// <summary>No facility can take the order at all (nobody makes an item, ships there, or has capacity); see <see cref="RoutingDecision.Problem"/>.</summary>
    Unroutable = 0,

    /// <summary>Routed; predicted to dispatch before the deadline (with the policy's safety margin).</summary>
    OnTime = 1,

    /// <summary>Routed to the least-late option; no option meets the deadline. Flag it.</summary>
    Late = 2,
}
