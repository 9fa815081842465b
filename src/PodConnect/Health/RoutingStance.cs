namespace PodConnect.Health;

/// <summary>How the loop routes a shop's new orders, steered by its health.</summary>
public enum RoutingStance
{
    /// <summary>The configured policy (e.g. local, then cost, then CO2e).</summary>
    Normal = 0,

    /// <summary>
    /// Slack first: the most slack before the deadline wins over cost (earliest predicted dispatch first, then
    /// the configured preferences) and facilities must dispatch a larger safety margin before the deadline.
    /// Taken when a metric routing can move (LDR, OTDR, SFCR) nears its limit; left when all recover.
    /// </summary>
    SlackFirst = 1,
}
