namespace PodConnect.Routing;

/// <summary>What a routing decision amounts to.</summary>
public enum RoutingOutcome
{
    /// <summary>No facility can take the order at all (nobody makes an item, ships there, has capacity or stock, or no deadline rule applies); see <see cref="RoutingDecision.Problem"/>.</summary>
    Unroutable = 0,

    /// <summary>Routed; predicted to dispatch before the deadline (with the policy's safety margin) and, unless the policy ranks delivery misses behind, to deliver by the delivery deadline.</summary>
    OnTime = 1,

    /// <summary>Routed to the least-late option; no option meets the deadlines (see <see cref="RoutingDecision.Misses"/>). Flag it.</summary>
    Late = 2,
}
